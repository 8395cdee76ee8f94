import type { MessageKey, Messages } from '../messages.js';

export type { MessageKey, Messages };

/**
 * The German catalog. Formal address ("Sie") throughout; "E-Mail" and "E-Mail-Adresse" as the
 * Duden writes them; German quotation marks („…“) if a text ever quotes; `\u00A0` inside
 * abbreviations ("z.\u00A0B.") and between a number and its unit ("10\u00A0Minuten"), as DIN 5008 asks.
 * `{wait}` arrives as a German relative time ("in\u00A05\u00A0Minuten"), `{time}` as a countdown ("0:27").
 */
export const de: Messages = {
  $locale: 'de',

  // Documented error codes, per endpoint.
  'error.login.E001': 'Die Anmeldung ist fehlgeschlagen. Bitte versuchen Sie es gleich noch einmal.',
  'error.login.E002':
    'Zu dieser E-Mail-Adresse haben wir kein Konto gefunden. Prüfen Sie die Adresse auf Tippfehler oder erstellen Sie ein Konto.',
  'error.login.E003':
    'Für diese E-Mail-Adresse gibt es noch kein Konto mit Passwort. Erstellen Sie ein Konto, um sich anzumelden.',
  'error.login.E004': 'Die E-Mail-Adresse oder das Passwort ist nicht korrekt.',
  'error.login.E005': 'Dieses Konto wurde gesperrt. Bitte wenden Sie sich an unseren Kundenservice.',
  'error.login.E006': 'Zu viele Anmeldeversuche. Bitte warten Sie, bevor Sie es erneut versuchen.',
  'error.login.E007':
    'Diese E-Mail-Adresse ist noch nicht bestätigt. Öffnen Sie den Link in der Bestätigungs-E-Mail, die wir Ihnen geschickt haben, und melden Sie sich dann an.',
  'confirmation.pending': 'Wir haben sie an {email} geschickt. Falls sie nicht angekommen ist, können Sie sich {wait} erneut registrieren, um eine neue zu erhalten.',
  'confirmation.countdown': 'Sie können sich in {time} erneut registrieren.',
  'confirmation.ready': 'Falls die Bestätigungs-E-Mail an {email} nicht angekommen ist, registrieren Sie sich erneut, und wir schicken Ihnen eine neue.',
  'action.registerAgain': 'Erneut registrieren',
  'error.magic-auth.E001': 'Die Anmeldung ist fehlgeschlagen. Bitte versuchen Sie es gleich noch einmal.',
  'error.magic-auth.E002':
    'Zu dieser E-Mail-Adresse haben wir kein Konto gefunden. Prüfen Sie die Adresse auf Tippfehler oder erstellen Sie ein Konto.',
  'error.magic-auth.E003':
    'Für diese E-Mail-Adresse gibt es noch kein Konto. Erstellen Sie ein Konto, um sich anzumelden.',
  'error.magic-auth.E004': 'Mit dieser E-Mail-Adresse können wir Sie leider nicht anmelden.',
  'error.magic-auth.E005': 'Dieses Konto wurde gesperrt. Bitte wenden Sie sich an unseren Kundenservice.',
  'error.magic-auth.E006': 'Zu viele Anmeldeversuche. Bitte warten Sie, bevor Sie es erneut versuchen.',
  'error.magic-auth.E007':
    'Diese E-Mail-Adresse ist noch nicht bestätigt. Öffnen Sie den Link in der Bestätigungs-E-Mail, die wir Ihnen geschickt haben, und melden Sie sich dann an.',
  'error.register-account.E001':
    'Das Konto konnte nicht erstellt werden. Bitte versuchen Sie es gleich noch einmal.',
  'error.register-account.E002':
    'Es gibt bereits ein Konto mit dieser E-Mail-Adresse. Melden Sie sich an oder setzen Sie Ihr Passwort zurück, falls Sie es vergessen haben.',
  'error.register-account.E003': 'Dieses Konto wurde gesperrt. Bitte wenden Sie sich an unseren Kundenservice.',
  'error.register-account.E004':
    'Zu viele Registrierungsversuche. Eine unbestätigte Registrierung können Sie frühestens in 10\u00A0Minuten wiederholen. Prüfen Sie bis dahin, ob die Bestätigungs-E-Mail angekommen ist (auch im Spam-Ordner).',
  'error.reset-password.failed': 'Wir konnten den Link nicht senden. Bitte versuchen Sie es gleich noch einmal.',
  'error.set-new-password.E001':
    'Das Passwort konnte nicht geändert werden. Bitte versuchen Sie es gleich noch einmal.',
  'error.set-new-password.E002':
    'Dieses Passwort haben Sie bereits verwendet. Wählen Sie zu Ihrer Sicherheit bitte ein anderes.',
  'error.set-new-password.E003':
    'Dieser Link zum Zurücksetzen des Passworts ist ungültig. Bitte fordern Sie einen neuen an.',
  'error.set-new-password.E004':
    'Dieser Link zum Zurücksetzen des Passworts ist abgelaufen. Bitte fordern Sie einen neuen an.',

  // Error kinds, for answers without a documented code.
  'error.network':
    'Wir konnten den Server nicht erreichen. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  'error.timeout': 'Der Server antwortet nicht rechtzeitig. Bitte versuchen Sie es erneut.',
  'error.aborted': 'Die Anfrage wurde abgebrochen.',
  'error.rateLimit': 'Zu viele Versuche. Bitte warten Sie, bevor Sie es erneut versuchen.',
  'error.rateLimitWait': 'Zu viele Versuche. Bitte versuchen Sie es {wait} erneut.',
  'error.platform.apiKey':
    'Dieser Dienst ist wegen eines Konfigurationsfehlers auf dieser Website derzeit nicht verfügbar. Bitte versuchen Sie es später erneut.',
  'error.platform.ip': 'Wir konnten Ihre Verbindung nicht überprüfen. Bitte versuchen Sie es später erneut.',
  'error.platform': 'Der Dienst hat die Anfrage abgelehnt. Bitte versuchen Sie es später erneut.',
  'error.http': 'Etwas ist schiefgelaufen. Bitte versuchen Sie es später erneut.',
  'error.server': 'Der Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es gleich noch einmal.',
  'error.invalidResponse':
    'Der Server hat eine unerwartete Antwort gesendet. Bitte versuchen Sie es später erneut.',
  'error.validation': 'Bitte prüfen Sie die markierten Felder.',
  'error.unknown': 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',

  // Field checks (the keys the zod schemas report).
  'validation.invalid': 'Dieser Wert ist ungültig.',
  'validation.email.required': 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
  'validation.email.invalid': 'Bitte geben Sie eine gültige E-Mail-Adresse ein, z.\u00A0B. max@example.com.',
  'validation.password.required': 'Bitte geben Sie Ihr Passwort ein.',
  'validation.password.mismatch': 'Die Passwörter stimmen nicht überein.',
  'validation.phone.invalid':
    'Bitte geben Sie die Telefonnummer mit Ländervorwahl ein, z.\u00A0B. +49\u00A030\u00A012345678.',
  'validation.referralId.invalid': 'Der Empfehlungscode muss 16\u00A0Zeichen lang sein.',
  'validation.customerRealIp.invalid': 'Die IP-Adresse des Kunden ist ungültig.',
  'validation.token.required': 'Im Link zum Zurücksetzen des Passworts fehlt der Code.',
  'validation.expirationTime.invalid': 'Bitte geben Sie eine Dauer ein, z.\u00A0B. 3h 20m.',
  'validation.returnUrl.invalid':
    'Die Rücksprungadresse muss eine vollständige Webadresse sein, z.\u00A0B. https://shop.example/.',
  'validation.country.invalid': 'Bitte geben Sie einen zweistelligen Ländercode ein, z.\u00A0B. DE.',
  'validation.primaryLocale.invalid': 'Bitte geben Sie einen Sprachcode ein, z.\u00A0B. de oder en.',

  // Field labels and hints.
  'field.optional': '(optional)',
  'field.email.label': 'E-Mail-Adresse',
  'field.password.label': 'Passwort',
  'field.newPassword.label': 'Neues Passwort',
  'field.confirmPassword.label': 'Passwort wiederholen',
  'field.name.label': 'Vor- und Nachname',
  'field.firstName.label': 'Vorname',
  'field.lastName.label': 'Nachname',
  'field.phone.label': 'Telefon',
  'field.phone.hint': 'Mit Ländervorwahl, z.\u00A0B. +49\u00A030\u00A012345678.',
  'field.companyName.label': 'Firmenname',
  'field.companyRegistrationNumber.label': 'Handelsregisternummer',
  'field.taxIdentificationNumber.label': 'USt-IdNr.',
  'field.streetAddress.label': 'Straße und Hausnummer',
  'field.city.label': 'Ort',
  'field.cityPart.label': 'Ortsteil',
  'field.stateRegion.label': 'Bundesland',
  'field.postalCode.label': 'Postleitzahl',
  'field.country.label': 'Land',
  'field.newsletter.label': 'Ich möchte Neuigkeiten und Angebote per E-Mail erhalten',
  'field.primaryLocale.label': 'Bevorzugte Sprache',
  'password.show': 'Passwort anzeigen',

  // Links and actions the forms offer.
  'action.login': 'Anmelden',
  'action.register': 'Konto erstellen',
  'action.forgotPassword': 'Passwort vergessen?',
  'action.resetPassword': 'Passwort zurücksetzen',
  'action.requestNewLink': 'Neuen Link anfordern',

  // Cooldown after a throttling answer.
  'cooldown.started': 'Sie können es {wait} erneut versuchen.',
  'cooldown.countdown': 'Sie können es in {time} erneut versuchen.',
  'cooldown.ended': 'Sie können es jetzt erneut versuchen.',

  // The forms.
  'login.title': 'Anmelden',
  'login.submit': 'Anmelden',
  'login.submitting': 'Anmeldung läuft…',
  'login.success': 'Sie sind angemeldet.',
  'magicAuth.title': 'Mit E-Mail anmelden',
  'magicAuth.submit': 'Weiter',
  'magicAuth.submitting': 'Anmeldung läuft…',
  'magicAuth.success': 'Sie sind angemeldet.',
  'register.title': 'Konto erstellen',
  'register.submit': 'Konto erstellen',
  'register.submitting': 'Konto wird erstellt…',
  'register.success.title': 'Bitte prüfen Sie Ihr Postfach',
  'register.success.body':
    'Wir haben Ihnen an {email} eine E-Mail mit einem Bestätigungslink geschickt. Mit einem Klick auf den Link aktivieren Sie Ihr Konto. Wenn Sie die E-Mail nicht finden, sehen Sie bitte auch im Spam-Ordner nach; ist sie nicht angekommen, können Sie sich in 10\u00A0Minuten erneut registrieren, und wir schicken Ihnen eine neue.',
  'resetPassword.title': 'Passwort zurücksetzen',
  'resetPassword.intro':
    'Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden. Wir schicken Ihnen dann einen Link, mit dem Sie ein neues Passwort festlegen können.',
  'resetPassword.submit': 'Link senden',
  'resetPassword.submitting': 'Wird gesendet…',
  'resetPassword.success.title': 'Bitte prüfen Sie Ihr Postfach',
  'resetPassword.success.body':
    'Falls zu {email} ein Konto existiert, haben wir an diese Adresse einen Link zum Festlegen eines neuen Passworts geschickt.',
  'setNewPassword.title': 'Neues Passwort festlegen',
  'setNewPassword.submit': 'Passwort speichern',
  'setNewPassword.submitting': 'Wird gespeichert…',
  'setNewPassword.success.title': 'Passwort geändert',
  'setNewPassword.success.body': 'Ihr Passwort wurde geändert. Sie können sich jetzt mit dem neuen Passwort anmelden.',
  'setNewPassword.missingToken':
    'Dieser Link ist unvollständig. Öffnen Sie den Link aus der E-Mail erneut oder fordern Sie einen neuen an.',

  // Sessions.
  'signOut.submit': 'Abmelden',
  'signOut.submitting': 'Abmeldung läuft…',
  'account.login': 'Anmelden',
  'account.menu': 'Kontomenü von {name}',
  'account.loading': 'Ihr Konto wird geladen…',
  'account.unavailable': 'Ihr Konto kann gerade nicht angezeigt werden.',
  'account.yourAccount': 'Ihr Konto',
  'account.yourOrders': 'Ihre Bestellungen',
  'account.premium': 'Premium',
  'account.credit': 'Guthaben: {amount}',
  'account.field.name': 'Name',
  'account.field.company': 'Firma',
  'account.field.email': 'E-Mail-Adresse',
  'account.field.phone': 'Telefon',
  'account.field.cuRefNo': 'Kundennummer',
  'account.field.creditBalance': 'Guthaben',
  'account.field.premium': 'Premium-Kunde',
  'account.yes': 'Ja',
  'account.no': 'Nein',
  'account.copy': 'Kopieren',
  'account.copyLabel': 'Kundennummer kopieren',
  'account.copied': 'Kopiert',
  'account.copyFailed': 'Kopieren nicht möglich. Markieren Sie die Nummer und kopieren Sie sie selbst.',
  'account.banned': 'Dieses Konto wurde gesperrt. Bitte wenden Sie sich an unseren Kundenservice.',
  'account.resetPassword': 'Link zum Festlegen eines neuen Passworts senden',
  'account.resetPassword.sending': 'Wird gesendet…',
  'account.resetPassword.sent': 'Wir haben einen Link zum Festlegen eines neuen Passworts an {email} gesendet. Die Zustellung kann einige Minuten dauern.',

  // Magic links (server mode).
  'magicLink.intro':
    'Geben Sie Ihre E-Mail-Adresse ein und wir schicken Ihnen einen Link, mit dem Sie sich anmelden. Ein Passwort brauchen Sie nicht.',
  'magicLink.submit': 'Anmeldelink senden',
  'magicLink.submitting': 'Wird gesendet…',
  'magicLink.sent.title': 'Bitte prüfen Sie Ihr Postfach',
  'magicLink.sent.body':
    'Wir haben einen Anmeldelink an {email} geschickt. Er funktioniert nur einmal und nur für kurze Zeit.',
  'magicLink.resend': 'Link erneut senden',
  'magicLink.resending': 'Wird gesendet…',
  'magicLink.resendIn': 'Sie können den Link in {time} erneut senden.',
  'magicLink.changeEmail': 'Andere E-Mail-Adresse verwenden',
  'magicLink.error.used': 'Dieser Anmeldelink wurde bereits verwendet. Fordern Sie unten einen neuen an.',
  'magicLink.error.expired': 'Dieser Anmeldelink ist abgelaufen. Fordern Sie unten einen neuen an.',
  'magicLink.error.invalid': 'Dieser Anmeldelink ist ungültig. Fordern Sie unten einen neuen an.',

  // Catalog texts (issues 11 and 12): the other form as a whole sentence, support, a wait we only guess.
  'action.loginInstead': 'Bereits ein Konto? Jetzt anmelden',
  'action.registerInstead': 'Noch kein Konto? Jetzt registrieren',
  'action.magicLinkInstead': 'Stattdessen mit einem Link per E-Mail anmelden',
  'action.contactSupport': 'Kundenservice kontaktieren',
  'cooldown.startedSoon': 'Sie können es gleich erneut versuchen.',

  // Looks (issue 11): password toggles that name their field; register field groups.
  'password.hide': 'Passwort ausblenden',
  'password.showNew': 'Neues Passwort anzeigen',
  'password.hideNew': 'Neues Passwort ausblenden',
  'password.showConfirm': 'Wiederholtes Passwort anzeigen',
  'password.hideConfirm': 'Wiederholtes Passwort ausblenden',
  'register.group.account': 'Konto',
  'register.group.personal': 'Persönliche Angaben',
  'register.group.company': 'Firma',
  'register.group.address': 'Adresse',

  // Success headings (issue 12, asked by H7): each success panel has its own heading.
  'login.success.title': 'Willkommen zurück',
  'magicAuth.success.title': 'Willkommen',
};
