import type { MessageKey, Messages } from '../messages.js';

export type { MessageKey, Messages };

/**
 * The Slovak catalog. Polite address (vykanie); `\u00A0` keeps one-letter prepositions and
 * conjunctions (k, s, v, z, o, u, a, i) on the line of the word that follows them; "prosím"
 * stands between commas as Slovak punctuation wants it.
 * `{wait}` arrives as a Slovak relative time joined by no-break spaces ("o\u00A05\u00A0minút"), `{time}` as a countdown ("0:27").
 */
export const sk: Messages = {
  $locale: 'sk',

  // Documented error codes, per endpoint.
  'error.login.E001': 'Prihlásenie sa nepodarilo. Skúste to, prosím, o\u00A0chvíľu znova.',
  'error.login.E002':
    'Účet s\u00A0touto e-mailovou adresou sme nenašli. Skontrolujte, či je adresa zadaná správne, alebo si vytvorte účet.',
  'error.login.E003':
    'K\u00A0tejto e-mailovej adrese zatiaľ neexistuje účet s\u00A0heslom. Ak sa chcete prihlásiť, vytvorte si účet.',
  'error.login.E004': 'Nesprávny e-mail alebo heslo.',
  'error.login.E005': 'Tento účet bol zablokovaný. Obráťte sa, prosím, na zákaznícku podporu.',
  'error.login.E006': 'Príliš veľa pokusov o\u00A0prihlásenie. Pred ďalším pokusom, prosím, počkajte.',
  'error.login.E007':
    'Táto e-mailová adresa ešte nebola potvrdená. Otvorte odkaz v\u00A0potvrdzovacom e-maile, ktorý sme vám poslali, a\u00A0potom sa prihláste.',
  'confirmation.pending': 'Poslali sme ho na {email}. Ak neprišiel, {wait} sa môžete zaregistrovať znova a\u00A0pošleme vám nový.',
  'confirmation.countdown': 'Do opätovnej registrácie zostáva {time}.',
  'confirmation.ready': 'Ak potvrdzovací e-mail na {email} neprišiel, zaregistrujte sa znova a\u00A0pošleme vám nový.',
  'action.registerAgain': 'Zaregistrovať sa znova',
  'error.magic-auth.E001': 'Prihlásenie sa nepodarilo. Skúste to, prosím, o\u00A0chvíľu znova.',
  'error.magic-auth.E002':
    'Účet s\u00A0touto e-mailovou adresou sme nenašli. Skontrolujte, či je adresa zadaná správne, alebo si vytvorte účet.',
  'error.magic-auth.E003':
    'K\u00A0tejto e-mailovej adrese zatiaľ neexistuje účet. Ak sa chcete prihlásiť, vytvorte si ho.',
  'error.magic-auth.E004': 'S\u00A0touto e-mailovou adresou vás nemôžeme prihlásiť.',
  'error.magic-auth.E005': 'Tento účet bol zablokovaný. Obráťte sa, prosím, na zákaznícku podporu.',
  'error.magic-auth.E006': 'Príliš veľa pokusov o\u00A0prihlásenie. Pred ďalším pokusom, prosím, počkajte.',
  'error.magic-auth.E007':
    'Táto e-mailová adresa ešte nebola potvrdená. Otvorte odkaz v\u00A0potvrdzovacom e-maile, ktorý sme vám poslali, a\u00A0potom sa prihláste.',
  'error.register-account.E001': 'Vytvorenie účtu sa nepodarilo. Skúste to, prosím, o\u00A0chvíľu znova.',
  'error.register-account.E002':
    'Účet s\u00A0touto e-mailovou adresou už existuje. Prihláste sa alebo si obnovte heslo, ak si ho nepamätáte.',
  'error.register-account.E003': 'Tento účet bol zablokovaný. Obráťte sa, prosím, na zákaznícku podporu.',
  'error.register-account.E004':
    'Príliš veľa pokusov o\u00A0registráciu. Nepotvrdenú registráciu možno zopakovať najskôr o\u00A010\u00A0minút. Medzitým skontrolujte, či vám neprišiel potvrdzovací e-mail (aj v\u00A0priečinku s\u00A0nevyžiadanou poštou).',
  'error.reset-password.failed': 'Odkaz sa nám nepodarilo odoslať. Skúste to, prosím, o\u00A0chvíľu znova.',
  'error.set-new-password.E001': 'Zmena hesla sa nepodarila. Skúste to, prosím, o\u00A0chvíľu znova.',
  'error.set-new-password.E002':
    'Toto heslo ste už v\u00A0minulosti použili. Z\u00A0bezpečnostných dôvodov si zvoľte iné.',
  'error.set-new-password.E003': 'Tento odkaz na obnovenie hesla nie je platný. Vyžiadajte si, prosím, nový.',
  'error.set-new-password.E004': 'Platnosť odkazu na obnovenie hesla vypršala. Vyžiadajte si, prosím, nový.',

  // Error kinds, for answers without a documented code.
  'error.network': 'Nepodarilo sa spojiť so serverom. Skontrolujte pripojenie k\u00A0internetu a\u00A0skúste to znova.',
  'error.timeout': 'Server neodpovedá dostatočne rýchlo. Skúste to, prosím, znova.',
  'error.aborted': 'Požiadavka bola zrušená.',
  'error.rateLimit': 'Príliš veľa pokusov. Skôr než to skúsite znova, prosím, počkajte.',
  'error.rateLimitWait': 'Príliš veľa pokusov. Skúste to, prosím, znova {wait}.',
  'error.platform.apiKey':
    'Služba je pre chybu v\u00A0nastavení webu momentálne nedostupná. Skúste to, prosím, neskôr.',
  'error.platform.ip': 'Nepodarilo sa overiť vaše pripojenie. Skúste to, prosím, neskôr.',
  'error.platform': 'Služba požiadavku odmietla. Skúste to, prosím, neskôr.',
  'error.http': 'Niečo sa pokazilo. Skúste to, prosím, neskôr.',
  'error.server': 'Služba je dočasne nedostupná. Skúste to, prosím, o\u00A0chvíľu znova.',
  'error.invalidResponse': 'Server poslal neočakávanú odpoveď. Skúste to, prosím, neskôr.',
  'error.validation': 'Niektoré polia je potrebné skontrolovať.',
  'error.unknown': 'Niečo sa pokazilo. Skúste to, prosím, znova.',

  // Field checks (the keys the zod schemas report).
  'validation.invalid': 'Táto hodnota nie je platná.',
  'validation.email.required': 'Zadajte e-mailovú adresu.',
  'validation.email.invalid': 'Zadajte platnú e-mailovú adresu, napríklad jan@example.com.',
  'validation.password.required': 'Zadajte heslo.',
  'validation.password.mismatch': 'Heslá sa nezhodujú.',
  'validation.phone.invalid': 'Zadajte telefónne číslo s\u00A0medzinárodnou predvoľbou, napríklad +421\u00A0905\u00A0123\u00A0456.',
  'validation.referralId.invalid': 'Kód odporúčania musí mať 16\u00A0znakov.',
  'validation.customerRealIp.invalid': 'IP adresa zákazníka nie je platná.',
  'validation.token.required': 'V\u00A0odkaze na obnovenie hesla chýba kód.',
  'validation.expirationTime.invalid': 'Zadajte dobu platnosti, napríklad 3h 20m.',
  'validation.returnUrl.invalid': 'Návratová adresa musí byť úplná webová adresa, napríklad https://shop.example/.',
  'validation.country.invalid': 'Zadajte dvojpísmenový kód krajiny, napríklad SK.',
  'validation.primaryLocale.invalid': 'Zadajte kód jazyka, napríklad sk alebo en.',

  // Field labels and hints.
  'field.optional': '(nepovinné)',
  'field.email.label': 'E-mail',
  'field.password.label': 'Heslo',
  'field.newPassword.label': 'Nové heslo',
  'field.confirmPassword.label': 'Potvrdenie hesla',
  'field.name.label': 'Meno a\u00A0priezvisko',
  'field.firstName.label': 'Meno',
  'field.lastName.label': 'Priezvisko',
  'field.phone.label': 'Telefón',
  'field.phone.hint': 'S\u00A0medzinárodnou predvoľbou, napríklad +421\u00A0905\u00A0123\u00A0456.',
  'field.companyName.label': 'Názov firmy',
  'field.companyRegistrationNumber.label': 'IČO',
  'field.taxIdentificationNumber.label': 'IČ DPH',
  'field.streetAddress.label': 'Ulica a\u00A0číslo domu',
  'field.city.label': 'Mesto',
  'field.cityPart.label': 'Časť obce',
  'field.stateRegion.label': 'Kraj',
  'field.postalCode.label': 'PSČ',
  'field.country.label': 'Krajina',
  'field.newsletter.label': 'Chcem dostávať novinky a\u00A0ponuky e-mailom',
  'field.primaryLocale.label': 'Preferovaný jazyk',
  'password.show': 'Zobraziť heslo',

  // Links and actions the forms offer.
  'action.login': 'Prihlásiť sa',
  'action.register': 'Vytvoriť účet',
  'action.forgotPassword': 'Zabudli ste heslo?',
  'action.resetPassword': 'Obnoviť heslo',
  'action.requestNewLink': 'Vyžiadať nový odkaz',

  // Cooldown after a throttling answer.
  'cooldown.started': 'Znova to môžete skúsiť {wait}.',
  'cooldown.countdown': 'Do ďalšieho pokusu zostáva {time}.',
  'cooldown.ended': 'Teraz to môžete skúsiť znova.',

  // The forms.
  'login.title': 'Prihlásenie',
  'login.submit': 'Prihlásiť sa',
  'login.submitting': 'Prihlasovanie…',
  'login.success': 'Prihlásenie prebehlo úspešne.',
  'magicAuth.title': 'Prihlásenie e-mailom',
  'magicAuth.submit': 'Pokračovať',
  'magicAuth.submitting': 'Prihlasovanie…',
  'magicAuth.success': 'Prihlásenie prebehlo úspešne.',
  'register.title': 'Registrácia',
  'register.submit': 'Vytvoriť účet',
  'register.submitting': 'Vytvárame váš účet…',
  'register.success.title': 'Skontrolujte si e-mailovú schránku',
  'register.success.body':
    'Na adresu {email} sme vám poslali e-mail s\u00A0potvrdzovacím odkazom. Kliknutím na odkaz účet aktivujete. Ak e-mail nevidíte, pozrite sa aj do priečinka s\u00A0nevyžiadanou poštou; ak neprišiel, o\u00A010\u00A0minút sa môžete zaregistrovať znova a\u00A0pošleme vám nový.',
  'resetPassword.title': 'Obnovenie hesla',
  'resetPassword.intro': 'Zadajte e-mail, ktorým sa prihlasujete, a\u00A0pošleme vám odkaz na nastavenie nového hesla.',
  'resetPassword.submit': 'Odoslať odkaz',
  'resetPassword.submitting': 'Odosielanie…',
  'resetPassword.success.title': 'Skontrolujte si e-mailovú schránku',
  'resetPassword.success.body':
    'Ak k\u00A0adrese {email} existuje účet, poslali sme na ňu odkaz na nastavenie nového hesla.',
  'setNewPassword.title': 'Nastavenie nového hesla',
  'setNewPassword.submit': 'Uložiť heslo',
  'setNewPassword.submitting': 'Ukladanie…',
  'setNewPassword.success.title': 'Heslo bolo zmenené',
  'setNewPassword.success.body': 'Vaše heslo bolo zmenené. Teraz sa môžete prihlásiť novým heslom.',
  'setNewPassword.missingToken': 'Tento odkaz je neúplný. Otvorte znova odkaz z\u00A0e-mailu alebo si vyžiadajte nový.',

  // Sessions.
  'signOut.submit': 'Odhlásiť sa',
  'signOut.submitting': 'Odhlasovanie…',
  'account.login': 'Prihlásiť sa',
  'account.menu': 'Ponuka účtu: {name}',
  'account.loading': 'Načítavanie účtu…',
  'account.unavailable': 'Účet teraz nie je možné zobraziť.',
  'account.yourAccount': 'Váš účet',
  'account.yourOrders': 'Vaše objednávky',
  'account.premium': 'Premium',
  'account.credit': 'Kredit: {amount}',
  'account.field.name': 'Meno a\u00A0priezvisko',
  'account.field.company': 'Firma',
  'account.field.email': 'E-mail',
  'account.field.phone': 'Telefón',
  'account.field.cuRefNo': 'Zákaznícke číslo',
  'account.field.creditBalance': 'Kredit',
  'account.field.premium': 'Prémiový zákazník',
  'account.yes': 'Áno',
  'account.no': 'Nie',
  'account.copy': 'Kopírovať',
  'account.copyLabel': 'Kopírovať zákaznícke číslo',
  'account.copied': 'Skopírované',
  'account.copyFailed': 'Kopírovanie sa nepodarilo. Označte číslo a\u00A0skopírujte si ho sami.',
  'account.banned': 'Tento účet bol zablokovaný. Obráťte sa, prosím, na zákaznícku podporu.',
  'account.resetPassword': 'Poslať odkaz na nastavenie nového hesla',
  'account.resetPassword.sending': 'Odosielanie…',
  'account.resetPassword.sent': 'Odkaz na nastavenie nového hesla sme poslali na {email}. Doručenie môže trvať niekoľko minút.',

  // Magic links (server mode).
  'magicLink.intro': 'Zadajte svoj e-mail a\u00A0pošleme vám odkaz, ktorým sa prihlásite. Heslo nepotrebujete.',
  'magicLink.submit': 'Poslať prihlasovací odkaz',
  'magicLink.submitting': 'Odosielanie…',
  'magicLink.sent.title': 'Skontrolujte si e-mailovú schránku',
  'magicLink.sent.body': 'Na adresu {email} sme poslali prihlasovací odkaz. Platí iba raz a\u00A0iba krátky čas.',
  'magicLink.resend': 'Poslať odkaz znova',
  'magicLink.resending': 'Odosielanie…',
  'magicLink.resendIn': 'Do opätovného odoslania odkazu zostáva {time}.',
  'magicLink.changeEmail': 'Použiť inú e-mailovú adresu',
  'magicLink.error.used': 'Tento prihlasovací odkaz už bol použitý. Nižšie si vyžiadajte nový.',
  'magicLink.error.expired': 'Platnosť tohto prihlasovacieho odkazu vypršala. Nižšie si vyžiadajte nový.',
  'magicLink.error.invalid': 'Tento prihlasovací odkaz nie je platný. Nižšie si vyžiadajte nový.',

  // Catalog texts (issues 11 and 12): the other form as a whole sentence, support, a wait we only guess.
  'action.loginInstead': 'Už máte účet? Prihláste sa',
  'action.registerInstead': 'Ešte nemáte účet? Zaregistrujte sa',
  'action.magicLinkInstead': 'Prihlásiť sa radšej odkazom z\u00A0e-mailu',
  'action.contactSupport': 'Kontaktovať zákaznícku podporu',
  'cooldown.startedSoon': 'O\u00A0chvíľu to môžete skúsiť znova.',

  // Looks (issue 11): password toggles that name their field; register field groups.
  'password.hide': 'Skryť heslo',
  'password.showNew': 'Zobraziť nové heslo',
  'password.hideNew': 'Skryť nové heslo',
  'password.showConfirm': 'Zobraziť potvrdenie hesla',
  'password.hideConfirm': 'Skryť potvrdenie hesla',
  'register.group.account': 'Účet',
  'register.group.personal': 'Osobné údaje',
  'register.group.company': 'Firma',
  'register.group.address': 'Adresa',

  // Success headings (issue 12, asked by H7): each success panel has its own heading.
  'login.success.title': 'Vitajte späť',
  'magicAuth.success.title': 'Vitajte',
};
