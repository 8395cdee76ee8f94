import type { MessageKey, Messages } from '../messages.js';

export type { MessageKey, Messages };

/**
 * The Polish catalog. Polite and gender-neutral as Polish shops write: sentences in impersonal
 * form ("Prosimy spróbować…", "Można…", "Zalogowano"), never the informal "ty"; buttons and links
 * as the usual imperatives ("Zaloguj się") or in the customer's own voice ("Nie pamiętam hasła").
 * `\u00A0` keeps one-letter words (a, i, o, u, w, z) on the line of the word that follows them,
 * a number with its unit, and a dash off the start of a line; Polish quotation marks („…”) if a
 * text ever quotes. `{wait}` arrives as a Polish relative time ("za\u00A05\u00A0minut", "za\u00A022\u00A0minuty"),
 * `{time}` as a countdown ("0:27").
 */
export const pl: Messages = {
  $locale: 'pl',

  // Documented error codes, per endpoint.
  'error.login.E001': 'Logowanie nie powiodło się. Prosimy spróbować ponownie za chwilę.',
  'error.login.E002':
    'Nie znaleźliśmy konta z\u00A0tym adresem e-mail. Prosimy sprawdzić, czy adres jest wpisany poprawnie, lub założyć konto.',
  'error.login.E003':
    'Dla tego adresu e-mail nie ma jeszcze konta z\u00A0hasłem. Aby się zalogować, prosimy założyć konto.',
  'error.login.E004': 'Nieprawidłowy adres e-mail lub hasło.',
  'error.login.E005': 'To konto zostało zablokowane. Prosimy o\u00A0kontakt z\u00A0obsługą klienta.',
  'error.login.E006': 'Zbyt wiele prób logowania. Prosimy zaczekać przed kolejną próbą.',
  'error.login.E007':
    'Ten adres e-mail nie został jeszcze potwierdzony. Prosimy otworzyć link z\u00A0wiadomości potwierdzającej, którą wysłaliśmy, a\u00A0następnie się zalogować.',
  'confirmation.pending': 'Wysłaliśmy ją na adres {email}. Jeśli nie dotarła, można zarejestrować się ponownie {wait}, a\u00A0wyślemy nową.',
  'confirmation.countdown': 'Ponowna rejestracja będzie możliwa za {time}.',
  'confirmation.ready': 'Jeśli wiadomość potwierdzająca na adres {email} nie dotarła, prosimy zarejestrować się ponownie, a\u00A0wyślemy nową.',
  'action.registerAgain': 'Zarejestruj się ponownie',
  'error.magic-auth.E001': 'Logowanie nie powiodło się. Prosimy spróbować ponownie za chwilę.',
  'error.magic-auth.E002':
    'Nie znaleźliśmy konta z\u00A0tym adresem e-mail. Prosimy sprawdzić, czy adres jest wpisany poprawnie, lub założyć konto.',
  'error.magic-auth.E003': 'Dla tego adresu e-mail nie ma jeszcze konta. Aby się zalogować, prosimy założyć konto.',
  'error.magic-auth.E004': 'Logowanie za pomocą tego adresu e-mail nie jest możliwe.',
  'error.magic-auth.E005': 'To konto zostało zablokowane. Prosimy o\u00A0kontakt z\u00A0obsługą klienta.',
  'error.magic-auth.E006': 'Zbyt wiele prób logowania. Prosimy zaczekać przed kolejną próbą.',
  'error.magic-auth.E007':
    'Ten adres e-mail nie został jeszcze potwierdzony. Prosimy otworzyć link z\u00A0wiadomości potwierdzającej, którą wysłaliśmy, a\u00A0następnie się zalogować.',
  'error.register-account.E001': 'Nie udało się założyć konta. Prosimy spróbować ponownie za chwilę.',
  'error.register-account.E002':
    'Konto z\u00A0tym adresem e-mail już istnieje. Prosimy się zalogować lub zresetować hasło.',
  'error.register-account.E003': 'To konto zostało zablokowane. Prosimy o\u00A0kontakt z\u00A0obsługą klienta.',
  'error.register-account.E004':
    'Zbyt wiele prób rejestracji. Niepotwierdzoną rejestrację można powtórzyć najwcześniej za 10\u00A0minut. W\u00A0międzyczasie prosimy sprawdzić, czy nie dotarła wiadomość z\u00A0linkiem potwierdzającym (również w\u00A0folderze ze spamem).',
  'error.reset-password.failed': 'Nie udało się wysłać linku. Prosimy spróbować ponownie za chwilę.',
  'error.set-new-password.E001': 'Nie udało się zmienić hasła. Prosimy spróbować ponownie za chwilę.',
  'error.set-new-password.E002': 'To hasło było już używane. Ze względów bezpieczeństwa prosimy wybrać inne.',
  'error.set-new-password.E003': 'Ten link do ustawienia nowego hasła jest nieprawidłowy. Można poprosić o\u00A0nowy.',
  'error.set-new-password.E004': 'Ten link do ustawienia nowego hasła wygasł. Można poprosić o\u00A0nowy.',

  // Error kinds, for answers without a documented code.
  'error.network':
    'Nie udało się połączyć z\u00A0serwerem. Prosimy sprawdzić połączenie z\u00A0internetem i\u00A0spróbować ponownie.',
  'error.timeout': 'Serwer zbyt długo nie odpowiada. Prosimy spróbować ponownie.',
  'error.aborted': 'Żądanie zostało anulowane.',
  'error.rateLimit': 'Zbyt wiele prób. Prosimy zaczekać przed ponowną próbą.',
  'error.rateLimitWait': 'Zbyt wiele prób. Prosimy spróbować ponownie {wait}.',
  'error.platform.apiKey':
    'Usługa jest chwilowo niedostępna z\u00A0powodu błędu w\u00A0konfiguracji tej strony. Prosimy spróbować później.',
  'error.platform.ip': 'Nie udało się zweryfikować połączenia. Prosimy spróbować później.',
  'error.platform': 'Usługa odrzuciła żądanie. Prosimy spróbować później.',
  'error.http': 'Coś poszło nie tak. Prosimy spróbować później.',
  'error.server': 'Usługa jest chwilowo niedostępna. Prosimy spróbować ponownie za chwilę.',
  'error.invalidResponse': 'Serwer wysłał nieoczekiwaną odpowiedź. Prosimy spróbować później.',
  'error.validation': 'Niektóre pola wymagają poprawienia.',
  'error.unknown': 'Coś poszło nie tak. Prosimy spróbować ponownie.',

  // Field checks (the keys the zod schemas report).
  'validation.invalid': 'Ta wartość jest nieprawidłowa.',
  'validation.email.required': 'Prosimy podać adres e-mail.',
  'validation.email.invalid': 'Prosimy podać prawidłowy adres e-mail, np. jan@example.com.',
  'validation.password.required': 'Prosimy podać hasło.',
  'validation.password.mismatch': 'Hasła nie są zgodne.',
  'validation.phone.invalid':
    'Prosimy podać numer telefonu z\u00A0numerem kierunkowym kraju, np. +48\u00A0601\u00A0234\u00A0567.',
  'validation.referralId.invalid': 'Kod polecający musi mieć 16\u00A0znaków.',
  'validation.customerRealIp.invalid': 'Adres IP klienta jest nieprawidłowy.',
  'validation.token.required': 'W\u00A0linku do ustawienia nowego hasła brakuje kodu.',
  'validation.expirationTime.invalid': 'Prosimy podać czas ważności, np. 3h 20m.',
  'validation.returnUrl.invalid': 'Adres powrotu musi być pełnym adresem internetowym, np. https://shop.example/.',
  'validation.country.invalid': 'Prosimy podać dwuliterowy kod kraju, np. PL.',
  'validation.primaryLocale.invalid': 'Prosimy podać kod języka, np. pl lub en.',

  // Field labels and hints.
  'field.optional': '(opcjonalnie)',
  'field.email.label': 'Adres e-mail',
  'field.password.label': 'Hasło',
  'field.newPassword.label': 'Nowe hasło',
  'field.confirmPassword.label': 'Potwierdzenie hasła',
  'field.name.label': 'Imię i\u00A0nazwisko',
  'field.firstName.label': 'Imię',
  'field.lastName.label': 'Nazwisko',
  'field.phone.label': 'Telefon',
  'field.phone.hint': 'Z\u00A0numerem kierunkowym kraju, np. +48\u00A0601\u00A0234\u00A0567.',
  'field.companyName.label': 'Nazwa firmy',
  'field.companyRegistrationNumber.label': 'REGON',
  'field.taxIdentificationNumber.label': 'NIP',
  'field.streetAddress.label': 'Ulica i\u00A0numer domu',
  'field.city.label': 'Miejscowość',
  'field.cityPart.label': 'Dzielnica',
  'field.stateRegion.label': 'Województwo',
  'field.postalCode.label': 'Kod pocztowy',
  'field.country.label': 'Kraj',
  'field.newsletter.label': 'Chcę otrzymywać e-mailem informacje o\u00A0nowościach i\u00A0ofertach',
  'field.primaryLocale.label': 'Preferowany język',
  'password.show': 'Pokaż hasło',

  // Links and actions the forms offer.
  'action.login': 'Zaloguj się',
  'action.register': 'Załóż konto',
  'action.forgotPassword': 'Nie pamiętam hasła',
  'action.resetPassword': 'Zresetuj hasło',
  'action.requestNewLink': 'Poproś o\u00A0nowy link',

  // Cooldown after a throttling answer.
  'cooldown.started': 'Ponowna próba będzie możliwa {wait}.',
  'cooldown.countdown': 'Ponowna próba będzie możliwa za {time}.',
  'cooldown.ended': 'Można już spróbować ponownie.',

  // The forms.
  'login.title': 'Logowanie',
  'login.submit': 'Zaloguj się',
  'login.submitting': 'Logowanie…',
  'login.success': 'Zalogowano pomyślnie.',
  'magicAuth.title': 'Logowanie przez e-mail',
  'magicAuth.submit': 'Dalej',
  'magicAuth.submitting': 'Logowanie…',
  'magicAuth.success': 'Zalogowano pomyślnie.',
  'register.title': 'Rejestracja',
  'register.submit': 'Załóż konto',
  'register.submitting': 'Zakładanie konta…',
  'register.success.title': 'Prosimy sprawdzić skrzynkę e-mail',
  'register.success.body':
    'Na adres {email} wysłaliśmy wiadomość z\u00A0linkiem potwierdzającym. Kliknięcie linku aktywuje konto. Jeśli wiadomości nie widać, warto zajrzeć również do folderu ze spamem; jeśli nie dotarła, za 10\u00A0minut można zarejestrować się ponownie, a\u00A0wyślemy nową.',
  'resetPassword.title': 'Resetowanie hasła',
  'resetPassword.intro':
    'Prosimy podać adres e-mail używany do logowania\u00A0– wyślemy na niego link do ustawienia nowego hasła.',
  'resetPassword.submit': 'Wyślij link',
  'resetPassword.submitting': 'Wysyłanie…',
  'resetPassword.success.title': 'Prosimy sprawdzić skrzynkę e-mail',
  'resetPassword.success.body':
    'Jeśli z\u00A0adresem {email} jest powiązane konto, wysłaliśmy na ten adres link do ustawienia nowego hasła.',
  'setNewPassword.title': 'Ustawianie nowego hasła',
  'setNewPassword.submit': 'Zapisz hasło',
  'setNewPassword.submitting': 'Zapisywanie…',
  'setNewPassword.success.title': 'Hasło zostało zmienione',
  'setNewPassword.success.body': 'Nowe hasło zostało zapisane. Można się już nim zalogować.',
  'setNewPassword.missingToken':
    'Ten link jest niekompletny. Prosimy ponownie otworzyć link z\u00A0wiadomości e-mail lub poprosić o\u00A0nowy.',

  // Sessions.
  'signOut.submit': 'Wyloguj się',
  'signOut.submitting': 'Wylogowywanie…',
  'account.login': 'Zaloguj się',
  'account.menu': 'Menu konta: {name}',
  'account.loading': 'Wczytywanie konta…',
  'account.unavailable': 'Nie można teraz wyświetlić konta.',
  'account.yourAccount': 'Moje konto',
  'account.yourOrders': 'Moje zamówienia',
  'account.premium': 'Premium',
  'account.credit': 'Saldo: {amount}',
  'account.field.name': 'Imię i\u00A0nazwisko',
  'account.field.company': 'Firma',
  'account.field.email': 'E-mail',
  'account.field.phone': 'Telefon',
  'account.field.cuRefNo': 'Numer klienta',
  'account.field.creditBalance': 'Saldo',
  'account.field.premium': 'Klient premium',
  'account.yes': 'Tak',
  'account.no': 'Nie',
  'account.copy': 'Kopiuj',
  'account.copyLabel': 'Kopiuj numer klienta',
  'account.copied': 'Skopiowano',
  'account.copyFailed': 'Nie udało się skopiować. Prosimy zaznaczyć numer i\u00A0skopiować go ręcznie.',
  'account.banned': 'To konto zostało zablokowane. Prosimy o\u00A0kontakt z\u00A0obsługą klienta.',
  'account.resetPassword': 'Wyślij link do ustawienia nowego hasła',
  'account.resetPassword.sending': 'Wysyłanie…',
  'account.resetPassword.sent': 'Wysłaliśmy link do ustawienia nowego hasła na adres {email}. Dostarczenie może potrwać kilka minut.',

  // Magic links (server mode).
  'magicLink.intro':
    'Prosimy podać adres e-mail\u00A0– wyślemy link, który pozwoli się zalogować. Hasło nie jest potrzebne.',
  'magicLink.submit': 'Wyślij link do logowania',
  'magicLink.submitting': 'Wysyłanie…',
  'magicLink.sent.title': 'Prosimy sprawdzić skrzynkę e-mail',
  'magicLink.sent.body': 'Na adres {email} wysłaliśmy link do logowania. Działa tylko raz i\u00A0tylko przez krótki czas.',
  'magicLink.resend': 'Wyślij link ponownie',
  'magicLink.resending': 'Wysyłanie…',
  'magicLink.resendIn': 'Link będzie można wysłać ponownie za {time}.',
  'magicLink.changeEmail': 'Użyj innego adresu e-mail',
  'magicLink.error.used': 'Ten link do logowania został już wykorzystany. Poniżej można poprosić o\u00A0nowy.',
  'magicLink.error.expired': 'Ten link do logowania wygasł. Poniżej można poprosić o\u00A0nowy.',
  'magicLink.error.invalid': 'Ten link do logowania jest nieprawidłowy. Poniżej można poprosić o\u00A0nowy.',

  // Catalog texts (issues 11 and 12): the other form as a whole sentence, support, a wait we only guess.
  'action.loginInstead': 'Mam już konto\u00A0– zaloguj się',
  'action.registerInstead': 'Nie mam jeszcze konta\u00A0– zarejestruj się',
  'action.magicLinkInstead': 'Zaloguj się zamiast tego linkiem z\u00A0e-maila',
  'action.contactSupport': 'Kontakt z\u00A0obsługą klienta',
  'cooldown.startedSoon': 'Ponowna próba będzie możliwa za chwilę.',

  // Looks (issue 11): password toggles that name their field; register field groups.
  'password.hide': 'Ukryj hasło',
  'password.showNew': 'Pokaż nowe hasło',
  'password.hideNew': 'Ukryj nowe hasło',
  'password.showConfirm': 'Pokaż potwierdzenie hasła',
  'password.hideConfirm': 'Ukryj potwierdzenie hasła',
  'register.group.account': 'Konto',
  'register.group.personal': 'Dane osobowe',
  'register.group.company': 'Firma',
  'register.group.address': 'Adres',

  // Success headings (issue 12, asked by H7): each success panel has its own heading.
  'login.success.title': 'Witamy ponownie',
  'magicAuth.success.title': 'Witamy',
};
