import type { MessageKey, Messages } from '../messages.js';

export type { MessageKey, Messages };

/**
 * The Czech catalog. Polite address (vykání) without gendered past participles, so one
 * sentence fits every customer; `\u00A0` keeps one-letter prepositions and conjunctions
 * (k, s, v, z, o, u, a, i) on the line of the word that follows them, and a number with its unit
 * and the groups of a phone number together.
 * `{wait}` arrives as a Czech relative time joined by no-break spaces ("za\u00A05\u00A0minut"), `{time}` as a countdown ("0:27").
 */
export const cs: Messages = {
  $locale: 'cs',

  // Documented error codes, per endpoint.
  'error.login.E001': 'Přihlášení se nezdařilo. Zkuste to prosím za chvíli znovu.',
  'error.login.E002':
    'Účet s\u00A0touto e-mailovou adresou jsme nenašli. Zkontrolujte, zda je adresa zadaná správně, nebo si vytvořte účet.',
  'error.login.E003':
    'K\u00A0této e-mailové adrese zatím není založen účet s\u00A0heslem. Pokud se chcete přihlásit, vytvořte si účet.',
  'error.login.E004': 'Nesprávný e-mail nebo heslo.',
  'error.login.E005': 'Tento účet byl zablokován. Obraťte se prosím na zákaznickou podporu.',
  'error.login.E006': 'Příliš mnoho pokusů o\u00A0přihlášení. Počkejte prosím, než to zkusíte znovu.',
  'error.login.E007':
    'Tato e-mailová adresa zatím nebyla potvrzena. Otevřete odkaz v\u00A0potvrzovacím e-mailu, který jsme vám poslali, a\u00A0pak se přihlaste.',
  'confirmation.pending': 'Poslali jsme ho na {email}. Pokud nedorazil, můžete se {wait} zaregistrovat znovu a\u00A0pošleme vám nový.',
  'confirmation.countdown': 'Znovu se můžete zaregistrovat za {time}.',
  'confirmation.ready': 'Pokud potvrzovací e-mail na {email} nedorazil, zaregistrujte se znovu a\u00A0pošleme vám nový.',
  'action.registerAgain': 'Zaregistrovat se znovu',
  'error.magic-auth.E001': 'Přihlášení se nezdařilo. Zkuste to prosím za chvíli znovu.',
  'error.magic-auth.E002':
    'Účet s\u00A0touto e-mailovou adresou jsme nenašli. Zkontrolujte, zda je adresa zadaná správně, nebo si vytvořte účet.',
  'error.magic-auth.E003':
    'K\u00A0této e-mailové adrese zatím není založen účet. Pokud se chcete přihlásit, vytvořte si ho.',
  'error.magic-auth.E004': 'S\u00A0touto e-mailovou adresou vás nemůžeme přihlásit.',
  'error.magic-auth.E005': 'Tento účet byl zablokován. Obraťte se prosím na zákaznickou podporu.',
  'error.magic-auth.E006': 'Příliš mnoho pokusů o\u00A0přihlášení. Počkejte prosím, než to zkusíte znovu.',
  'error.magic-auth.E007':
    'Tato e-mailová adresa zatím nebyla potvrzena. Otevřete odkaz v\u00A0potvrzovacím e-mailu, který jsme vám poslali, a\u00A0pak se přihlaste.',
  'error.register-account.E001': 'Vytvoření účtu se nezdařilo. Zkuste to prosím za chvíli znovu.',
  'error.register-account.E002':
    'Účet s\u00A0touto e-mailovou adresou už existuje. Přihlaste se, nebo si obnovte heslo, pokud si ho nepamatujete.',
  'error.register-account.E003': 'Tento účet byl zablokován. Obraťte se prosím na zákaznickou podporu.',
  'error.register-account.E004':
    'Příliš mnoho pokusů o\u00A0registraci. Nepotvrzenou registraci lze zopakovat nejdříve za 10\u00A0minut. Mezitím zkontrolujte, zda vám nepřišel potvrzovací e-mail (i\u00A0ve složce s\u00A0nevyžádanou poštou).',
  'error.reset-password.failed': 'Odkaz se nám nepodařilo odeslat. Zkuste to prosím za chvíli znovu.',
  'error.set-new-password.E001': 'Změna hesla se nezdařila. Zkuste to prosím za chvíli znovu.',
  'error.set-new-password.E002': 'Toto heslo už bylo dříve použito. Z\u00A0bezpečnostních důvodů si zvolte jiné.',
  'error.set-new-password.E003': 'Tento odkaz pro obnovení hesla není platný. Vyžádejte si prosím nový.',
  'error.set-new-password.E004': 'Platnost odkazu pro obnovení hesla vypršela. Vyžádejte si prosím nový.',

  // Error kinds, for answers without a documented code.
  'error.network': 'Nepodařilo se spojit se serverem. Zkontrolujte připojení k\u00A0internetu a\u00A0zkuste to znovu.',
  'error.timeout': 'Server neodpovídá dostatečně rychle. Zkuste to prosím znovu.',
  'error.aborted': 'Požadavek byl zrušen.',
  'error.rateLimit': 'Příliš mnoho pokusů. Počkejte prosím, než to zkusíte znovu.',
  'error.rateLimitWait': 'Příliš mnoho pokusů. Zkuste to prosím znovu {wait}.',
  'error.platform.apiKey':
    'Služba je kvůli chybě v\u00A0nastavení webu momentálně nedostupná. Zkuste to prosím později.',
  'error.platform.ip': 'Nepodařilo se ověřit vaše připojení. Zkuste to prosím později.',
  'error.platform': 'Služba požadavek odmítla. Zkuste to prosím později.',
  'error.http': 'Něco se pokazilo. Zkuste to prosím později.',
  'error.server': 'Služba je dočasně nedostupná. Zkuste to prosím za chvíli znovu.',
  'error.invalidResponse': 'Server poslal neočekávanou odpověď. Zkuste to prosím později.',
  'error.validation': 'Některá pole je potřeba zkontrolovat.',
  'error.unknown': 'Něco se pokazilo. Zkuste to prosím znovu.',

  // Field checks (the keys the zod schemas report).
  'validation.invalid': 'Tato hodnota není platná.',
  'validation.email.required': 'Zadejte e-mailovou adresu.',
  'validation.email.invalid': 'Zadejte platnou e-mailovou adresu, například jan@example.com.',
  'validation.password.required': 'Zadejte heslo.',
  'validation.password.mismatch': 'Hesla se neshodují.',
  'validation.phone.invalid': 'Zadejte telefonní číslo s\u00A0mezinárodní předvolbou, například +420\u00A0777\u00A0123\u00A0456.',
  'validation.referralId.invalid': 'Kód doporučení musí mít 16\u00A0znaků.',
  'validation.customerRealIp.invalid': 'IP adresa zákazníka není platná.',
  'validation.token.required': 'V\u00A0odkazu pro obnovení hesla chybí kód.',
  'validation.expirationTime.invalid': 'Zadejte dobu platnosti, například 3h 20m.',
  'validation.returnUrl.invalid': 'Návratová adresa musí být úplná webová adresa, například https://shop.example/.',
  'validation.country.invalid': 'Zadejte dvoupísmenný kód země, například CZ.',
  'validation.primaryLocale.invalid': 'Zadejte kód jazyka, například cs nebo en.',

  // Field labels and hints.
  'field.optional': '(nepovinné)',
  'field.email.label': 'E-mail',
  'field.password.label': 'Heslo',
  'field.newPassword.label': 'Nové heslo',
  'field.confirmPassword.label': 'Potvrzení hesla',
  'field.name.label': 'Jméno a\u00A0příjmení',
  'field.firstName.label': 'Jméno',
  'field.lastName.label': 'Příjmení',
  'field.phone.label': 'Telefon',
  'field.phone.hint': 'S\u00A0mezinárodní předvolbou, například +420\u00A0777\u00A0123\u00A0456.',
  'field.companyName.label': 'Název firmy',
  'field.companyRegistrationNumber.label': 'IČO',
  'field.taxIdentificationNumber.label': 'DIČ',
  'field.streetAddress.label': 'Ulice a\u00A0číslo domu',
  'field.city.label': 'Město',
  'field.cityPart.label': 'Část obce',
  'field.stateRegion.label': 'Kraj',
  'field.postalCode.label': 'PSČ',
  'field.country.label': 'Země',
  'field.newsletter.label': 'Chci dostávat novinky a\u00A0nabídky e-mailem',
  'field.primaryLocale.label': 'Preferovaný jazyk',
  'password.show': 'Zobrazit heslo',

  // Links and actions the forms offer.
  'action.login': 'Přihlásit se',
  'action.register': 'Vytvořit účet',
  'action.forgotPassword': 'Zapomenuté heslo?',
  'action.resetPassword': 'Obnovit heslo',
  'action.requestNewLink': 'Vyžádat nový odkaz',

  // Cooldown after a throttling answer.
  'cooldown.started': 'Znovu to můžete zkusit {wait}.',
  'cooldown.countdown': 'Znovu to můžete zkusit za {time}.',
  'cooldown.ended': 'Nyní to můžete zkusit znovu.',

  // The forms.
  'login.title': 'Přihlášení',
  'login.submit': 'Přihlásit se',
  'login.submitting': 'Přihlašování…',
  'login.success': 'Přihlášení proběhlo úspěšně.',
  'magicAuth.title': 'Přihlášení e-mailem',
  'magicAuth.submit': 'Pokračovat',
  'magicAuth.submitting': 'Přihlašování…',
  'magicAuth.success': 'Přihlášení proběhlo úspěšně.',
  'register.title': 'Registrace',
  'register.submit': 'Vytvořit účet',
  'register.submitting': 'Vytváříme váš účet…',
  'register.success.title': 'Zkontrolujte svou e-mailovou schránku',
  'register.success.body':
    'Na adresu {email} jsme vám poslali e-mail s\u00A0potvrzovacím odkazem. Kliknutím na odkaz účet aktivujete. Pokud e-mail nevidíte, podívejte se i\u00A0do složky s\u00A0nevyžádanou poštou; pokud nedorazil, můžete se za 10\u00A0minut zaregistrovat znovu a\u00A0pošleme vám nový.',
  'resetPassword.title': 'Obnovení hesla',
  'resetPassword.intro':
    'Zadejte e-mail, kterým se přihlašujete, a\u00A0pošleme vám odkaz pro nastavení nového hesla.',
  'resetPassword.submit': 'Odeslat odkaz',
  'resetPassword.submitting': 'Odesílání…',
  'resetPassword.success.title': 'Zkontrolujte svou e-mailovou schránku',
  'resetPassword.success.body':
    'Pokud k\u00A0adrese {email} existuje účet, poslali jsme na ni odkaz pro nastavení nového hesla.',
  'setNewPassword.title': 'Nastavení nového hesla',
  'setNewPassword.submit': 'Uložit heslo',
  'setNewPassword.submitting': 'Ukládání…',
  'setNewPassword.success.title': 'Heslo bylo změněno',
  'setNewPassword.success.body': 'Vaše heslo bylo změněno. Nyní se můžete přihlásit novým heslem.',
  'setNewPassword.missingToken':
    'Tento odkaz je neúplný. Otevřete znovu odkaz z\u00A0e-mailu, nebo si vyžádejte nový.',

  // Sessions.
  'signOut.submit': 'Odhlásit se',
  'signOut.submitting': 'Odhlašování…',
  'account.login': 'Přihlásit se',
  'account.menu': 'Nabídka účtu: {name}',
  'account.loading': 'Načítání účtu…',
  'account.unavailable': 'Účet teď nelze zobrazit.',
  'account.yourAccount': 'Váš účet',
  'account.yourOrders': 'Vaše objednávky',
  'account.premium': 'Premium',
  'account.credit': 'Kredit: {amount}',
  'account.field.name': 'Jméno a\u00A0příjmení',
  'account.field.company': 'Firma',
  'account.field.email': 'E-mail',
  'account.field.phone': 'Telefon',
  'account.field.cuRefNo': 'Zákaznické číslo',
  'account.field.creditBalance': 'Kredit',
  'account.field.premium': 'Prémiový zákazník',
  'account.yes': 'Ano',
  'account.no': 'Ne',
  'account.copy': 'Kopírovat',
  'account.copyLabel': 'Kopírovat zákaznické číslo',
  'account.copied': 'Zkopírováno',
  'account.copyFailed': 'Kopírování se nezdařilo. Označte číslo a\u00A0zkopírujte si ho ručně.',
  'account.banned': 'Tento účet byl zablokován. Obraťte se prosím na zákaznickou podporu.',
  'account.resetPassword': 'Poslat odkaz pro nastavení nového hesla',
  'account.resetPassword.sending': 'Odesílání…',
  'account.resetPassword.sent': 'Odkaz pro nastavení nového hesla jsme poslali na {email}. Doručení může trvat několik minut.',

  // Magic links (server mode).
  'magicLink.intro': 'Zadejte svůj e-mail a\u00A0pošleme vám odkaz, kterým se přihlásíte. Heslo nepotřebujete.',
  'magicLink.submit': 'Poslat přihlašovací odkaz',
  'magicLink.submitting': 'Odesílání…',
  'magicLink.sent.title': 'Zkontrolujte svou e-mailovou schránku',
  'magicLink.sent.body': 'Na adresu {email} jsme poslali přihlašovací odkaz. Platí jen jednou a\u00A0jen krátkou dobu.',
  'magicLink.resend': 'Poslat odkaz znovu',
  'magicLink.resending': 'Odesílání…',
  'magicLink.resendIn': 'Odkaz můžete poslat znovu za {time}.',
  'magicLink.changeEmail': 'Použít jinou e-mailovou adresu',
  'magicLink.error.used': 'Tento přihlašovací odkaz už byl použit. Níže si vyžádejte nový.',
  'magicLink.error.expired': 'Platnost tohoto přihlašovacího odkazu vypršela. Níže si vyžádejte nový.',
  'magicLink.error.invalid': 'Tento přihlašovací odkaz není platný. Níže si vyžádejte nový.',

  // Catalog texts (issues 11 and 12): the other form as a whole sentence, support, a wait we only guess.
  'action.loginInstead': 'Už máte účet? Přihlaste se',
  'action.registerInstead': 'Ještě nemáte účet? Zaregistrujte se',
  'action.magicLinkInstead': 'Přihlásit se raději odkazem z\u00A0e-mailu',
  'action.contactSupport': 'Kontaktovat zákaznickou podporu',
  'cooldown.startedSoon': 'Za chvíli to můžete zkusit znovu.',

  // Looks (issue 11): password toggles that name their field; register field groups.
  'password.hide': 'Skrýt heslo',
  'password.showNew': 'Zobrazit nové heslo',
  'password.hideNew': 'Skrýt nové heslo',
  'password.showConfirm': 'Zobrazit potvrzení hesla',
  'password.hideConfirm': 'Skrýt potvrzení hesla',
  'register.group.account': 'Účet',
  'register.group.personal': 'Osobní údaje',
  'register.group.company': 'Firma',
  'register.group.address': 'Adresa',

  // Success headings (issue 12, asked by H7): each success panel has its own heading.
  'login.success.title': 'Vítejte zpět',
  'magicAuth.success.title': 'Vítejte',
};
