// @vitest-environment node
import { en, type MessageKey } from '../../src/i18n/index.js';
import { cs } from '../../src/i18n/locales/cs.js';
import { sk } from '../../src/i18n/locales/sk.js';
import { de } from '../../src/i18n/locales/de.js';
import { pl } from '../../src/i18n/locales/pl.js';
import { renderConfirmPage } from '../../src/server/confirmPage.js';

/**
 * The fixes a native review of the five catalogs asked for (issue 35, "Words"): what a customer reads
 * must stay as the reviewers wrote it. No-break spaces (the catalogs' typography) read as spaces here.
 */
const catalogs = { en, cs, sk, de, pl } as const;
const spaced = (text: string) => text.replace(/\u00A0/g, ' ');

const reviewed: [keyof typeof catalogs, MessageKey, string][] = [
  ['cs', 'confirmation.pending', 'Poslali jsme ho na {email}. Pokud nedorazil, můžete se {wait} zaregistrovat znovu a pošleme vám nový.'],
  ['cs', 'confirmation.countdown', 'Znovu se můžete zaregistrovat za {time}.'],
  ['cs', 'error.rateLimit', 'Příliš mnoho pokusů. Počkejte prosím, než to zkusíte znovu.'],
  ['cs', 'error.login.E006', 'Příliš mnoho pokusů o přihlášení. Počkejte prosím, než to zkusíte znovu.'],
  ['cs', 'error.magic-auth.E006', 'Příliš mnoho pokusů o přihlášení. Počkejte prosím, než to zkusíte znovu.'],
  ['cs', 'account.copyFailed', 'Kopírování se nezdařilo. Označte číslo a zkopírujte si ho ručně.'],
  ['cs', 'account.field.name', 'Jméno a příjmení'],
  ['sk', 'account.field.name', 'Meno a priezvisko'],
  ['cs', 'error.set-new-password.E002', 'Toto heslo už bylo dříve použito. Z bezpečnostních důvodů si zvolte jiné.'],
  ['sk', 'error.set-new-password.E002', 'Toto heslo ste už v minulosti použili. Z bezpečnostných dôvodov si zvoľte iné.'],
  ['pl', 'error.set-new-password.E002', 'To hasło było już używane. Ze względów bezpieczeństwa prosimy wybrać inne.'],
  ['sk', 'confirmation.pending', 'Poslali sme ho na {email}. Ak neprišiel, {wait} sa môžete zaregistrovať znova a pošleme vám nový.'],
  ['sk', 'account.loading', 'Načítavanie účtu…'],
  ['sk', 'account.resetPassword.sending', 'Odosielanie…'],
  ['de', 'confirmation.countdown', 'Sie können sich in {time} erneut registrieren.'],
  ['de', 'account.banned', 'Dieses Konto wurde gesperrt. Bitte wenden Sie sich an unseren Kundenservice.'],
  ['de', 'register.group.company', 'Firma'],
  ['pl', 'error.rateLimit', 'Zbyt wiele prób. Prosimy zaczekać przed ponowną próbą.'],
  ['pl', 'error.login.E006', 'Zbyt wiele prób logowania. Prosimy zaczekać przed kolejną próbą.'],
  ['pl', 'error.magic-auth.E006', 'Zbyt wiele prób logowania. Prosimy zaczekać przed kolejną próbą.'],
  ['en', 'confirmation.pending', 'We sent it to {email}. If it has not arrived, you can register again {wait} and we will send a new one.'],
  ['en', 'confirmation.countdown', 'You can register again in {time}.'],
  ['en', 'account.menu', 'Account menu for {name}'],
];

describe('the native review’s words', () => {
  it.each(reviewed)('%s %s reads as reviewed', (locale, key, text) => {
    expect(spaced(catalogs[locale][key])).toBe(text);
  });

  it('calls the spam folder what register.success.body calls it, in Czech and Slovak (register-account E004)', () => {
    expect(spaced(cs['error.register-account.E004'])).toContain('(i ve složce s nevyžádanou poštou)');
    expect(spaced(cs['register.success.body'])).toContain('složky s nevyžádanou poštou');
    expect(spaced(sk['error.register-account.E004'])).toContain('(aj v priečinku s nevyžiadanou poštou)');
    expect(spaced(sk['register.success.body'])).toContain('priečinka s nevyžiadanou poštou');
  });

  it('says in German that the link lets the customer set a new password ("festlegen können")', () => {
    expect(de['resetPassword.intro']).toMatch(/mit dem Sie ein neues Passwort festlegen können\.$/);
  });

  it('asks in Polish, on the magic link’s page opened in another browser, who asked for the link', () => {
    const page = spaced(renderConfirmPage({ email: 'jana@example.com', locale: 'pl', sameBrowser: false, formToken: 'form-token' }));
    expect(page).toContain('O ten link do logowania poproszono na innym urządzeniu lub w innej przeglądarce.');
    expect(page).toContain('Jeśli prośba o link nie pochodzi od Państwa, prosimy zamknąć tę stronę.');
    expect(page).not.toContain('wygenerowany');
  });
});
