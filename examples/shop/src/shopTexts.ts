/**
 * The shop's own words (its header, pages and demo notes) in each language it offers. The forms'
 * texts come from the package's catalogs; a shop keeps its own copy like this one.
 */
export const shopTexts = {
  en: {
    brand: 'Leaf & Kettle',
    tagline: 'Loose-leaf tea, roasted and packed in Brno',
    nav: 'Shop',
    language: 'Language',
    signIn: 'Sign in',
    signInByEmail: 'Sign in without a password',
    register: 'Create an account',
    myAccount: 'My account',
    homeTitle: 'This week in the shop',
    homeIntro: 'Sign in to see your credit and order history. The demo account is jana@example.com with the password “correct horse”.',
    addToCart: 'Add to cart',
    accountTitle: 'My account',
    accountEmail: 'E-mail',
    accountName: 'Name',
    accountCredit: 'Store credit',
    accountSignedOut: 'Nobody is signed in.',
    sessionNote: 'This demo keeps the session in memory: a reload signs you out. In production the server handler keeps it in an HttpOnly cookie.',
    magicNote:
      'This demo runs in direct mode, where this form calls BizKitHub’s magic-auth at once and signs in with the e-mail alone. A real shop uses server mode (serverUrl): the form then e-mails a one-time link, and only following it signs the customer in.',
    mailbox: 'Demo mailbox',
    mailboxIntro: 'The e-mails the embedded BizKitHub “sent”. Nothing leaves this tab.',
    mailboxEmpty: 'No e-mails yet.',
    mailTo: 'To: {to}',
    verification: 'Confirm your e-mail address',
    confirm: 'Confirm the address',
    confirmed: 'Address confirmed.',
    usedLink: 'This link was already used.',
    resetMail: 'Set a new password',
    openResetLink: 'Open the reset link',
    footer: 'An example of @bizkithub/auth-react on the embedded BizKitHub: no key, no network.',
  },
  cs: {
    brand: 'Lístek & konvička',
    tagline: 'Sypané čaje, pražené a balené v\u00A0Brně',
    nav: 'Obchod',
    language: 'Jazyk',
    signIn: 'Přihlásit se',
    signInByEmail: 'Přihlásit se bez hesla',
    register: 'Vytvořit účet',
    myAccount: 'Můj účet',
    homeTitle: 'Tento týden v\u00A0obchodě',
    homeIntro: 'Po přihlášení uvidíte svůj kredit a historii objednávek. Ukázkový účet je jana@example.com s\u00A0heslem „correct horse“.',
    addToCart: 'Do košíku',
    accountTitle: 'Můj účet',
    accountEmail: 'E-mail',
    accountName: 'Jméno',
    accountCredit: 'Kredit',
    accountSignedOut: 'Nikdo není přihlášen.',
    sessionNote: 'Ukázka drží přihlášení v\u00A0paměti: po obnovení stránky budete odhlášeni. V\u00A0produkci je drží serverový handler v\u00A0cookie HttpOnly.',
    magicNote:
      'Ukázka běží v\u00A0přímém režimu: formulář rovnou volá magic-auth BizKitHubu a přihlásí pouze podle e-mailu. Skutečný obchod používá serverový režim (serverUrl): formulář pak pošle jednorázový odkaz e-mailem a přihlásí až jeho otevření.',
    mailbox: 'Ukázková schránka',
    mailboxIntro: 'E-maily, které vestavěný BizKitHub „odeslal“. Nic neopustí tuto kartu.',
    mailboxEmpty: 'Zatím žádné e-maily.',
    mailTo: 'Komu: {to}',
    verification: 'Potvrďte svou e-mailovou adresu',
    confirm: 'Potvrdit adresu',
    confirmed: 'Adresa je potvrzena.',
    usedLink: 'Tento odkaz už byl použit.',
    resetMail: 'Nastavte si nové heslo',
    openResetLink: 'Otevřít odkaz pro nové heslo',
    footer: 'Ukázka @bizkithub/auth-react na vestavěném BizKitHubu: bez klíče, bez sítě.',
  },
  sk: {
    brand: 'Lístok & kanvička',
    tagline: 'Sypané čaje, pražené a balené v\u00A0Brne',
    nav: 'Obchod',
    language: 'Jazyk',
    signIn: 'Prihlásiť sa',
    signInByEmail: 'Prihlásiť sa bez hesla',
    register: 'Vytvoriť účet',
    myAccount: 'Môj účet',
    homeTitle: 'Tento týždeň v\u00A0obchode',
    homeIntro: 'Po prihlásení uvidíte svoj kredit a históriu objednávok. Ukážkový účet je jana@example.com s\u00A0heslom „correct horse“.',
    addToCart: 'Do košíka',
    accountTitle: 'Môj účet',
    accountEmail: 'E-mail',
    accountName: 'Meno',
    accountCredit: 'Kredit',
    accountSignedOut: 'Nikto nie je prihlásený.',
    sessionNote: 'Ukážka drží prihlásenie v\u00A0pamäti: po obnovení stránky budete odhlásení. V\u00A0produkcii ho drží serverový handler v\u00A0cookie HttpOnly.',
    magicNote:
      'Ukážka beží v\u00A0priamom režime: formulár rovno volá magic-auth BizKitHubu a prihlási len podľa e-mailu. Skutočný obchod používa serverový režim (serverUrl): formulár potom pošle jednorazový odkaz e-mailom a prihlási až jeho otvorenie.',
    mailbox: 'Ukážková schránka',
    mailboxIntro: 'E-maily, ktoré vstavaný BizKitHub „odoslal“. Nič neopustí túto kartu.',
    mailboxEmpty: 'Zatiaľ žiadne e-maily.',
    mailTo: 'Komu: {to}',
    verification: 'Potvrďte svoju e-mailovú adresu',
    confirm: 'Potvrdiť adresu',
    confirmed: 'Adresa je potvrdená.',
    usedLink: 'Tento odkaz už bol použitý.',
    resetMail: 'Nastavte si nové heslo',
    openResetLink: 'Otvoriť odkaz na nové heslo',
    footer: 'Ukážka @bizkithub/auth-react na vstavanom BizKitHube: bez kľúča, bez siete.',
  },
} as const;

export type ShopLanguage = keyof typeof shopTexts;
export type ShopText = keyof (typeof shopTexts)['en'];

export const shopLanguages = Object.keys(shopTexts) as ShopLanguage[];

/** A shop text in this language, with `{name}`-style placeholders filled in. */
export function shopText(language: ShopLanguage, key: ShopText, params: Readonly<Record<string, string>> = {}): string {
  return shopTexts[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
