// @vitest-environment node
import { en, resolveMessages, type MessageKey, type Messages } from '../../src/i18n/index.js';
import { cs } from '../../src/i18n/locales/cs.js';
import { sk } from '../../src/i18n/locales/sk.js';
import { de } from '../../src/i18n/locales/de.js';
import { pl } from '../../src/i18n/locales/pl.js';
import { registerAccountSchema } from '../../src/schemas/index.js';

/** Every catalog of the package; an app imports the non-English ones from '@bizkithub/auth-react/locales/<code>'. */
const catalogs = { en, cs, sk, de, pl } as const;
/** What an app passes to the provider (or resolveMessages) after importing those entries. */
const imported = [cs, sk, de, pl];

const enKeys = Object.keys(en) as MessageKey[];
const locales = Object.keys(catalogs) as (keyof typeof catalogs)[];
const translated = { cs, sk, de, pl } as const;
type Translated = keyof typeof translated;
const translatedLocales = Object.keys(translated) as Translated[];

/** Keys whose translation is legitimately the English text. Keep these lists short. */
const sameAsEnglish: Readonly<Record<Translated, readonly MessageKey[]>> = {
  // "E-mail" and the "Premium" badge are the same words in these languages.
  cs: ['field.email.label', 'account.premium', 'account.field.email'],
  sk: ['field.email.label', 'account.premium', 'account.field.email'],
  // "(optional)", "Name" and "Premium" are German as well.
  de: ['field.optional', 'account.premium', 'account.field.name'],
  pl: ['account.premium', 'account.field.email'],
};

/** Opening and closing quotation marks each language uses. */
const quotes: Readonly<Record<Translated, readonly [string, string]>> = {
  cs: ['„', '“'],
  sk: ['„', '“'],
  de: ['„', '“'],
  pl: ['„', '”'],
};

/** The calling code, a phone example and the country code each catalog shows. */
const localExamples: Readonly<Record<Translated, { phone: RegExp; country: string }>> = {
  cs: { phone: /\+420\u00A0777\u00A0123\u00A0456\./, country: 'CZ' },
  sk: { phone: /\+421\u00A0905\u00A0123\u00A0456\./, country: 'SK' },
  de: { phone: /\+49\u00A030\u00A012345678\./, country: 'DE' },
  pl: { phone: /\+48\u00A0601\u00A0234\u00A0567\./, country: 'PL' },
};

/** A one-letter preposition or conjunction followed by an ordinary space (cs, sk, pl). */
const looseOneLetterWord = /(?:^|[\s„(])[AaIiKkOoSsUuVvWwZz] /;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] ?? '').sort();
}

function withoutPlaceholders(text: string): string {
  return text.replace(/\{\w+\}/g, '');
}

describe('catalogs', () => {
  it('ships en, cs and sk, each tagged with its own locale', () => {
    expect(locales).toEqual(expect.arrayContaining(['cs', 'en', 'sk']));
    expect(catalogs.en).toBe(en);
    expect(catalogs.cs).toBe(cs);
    expect(catalogs.sk).toBe(sk);
    for (const locale of locales) expect(catalogs[locale].$locale).toBe(locale);
  });

  it('tags the German and Polish catalogs with their locale', () => {
    expect(de.$locale).toBe('de');
    expect(pl.$locale).toBe('pl');
  });

  describe.each(['en', ...translatedLocales] as const)('%s', (locale) => {
    const messages: Messages = locale === 'en' ? en : translated[locale];

    it('has exactly the keys of the English catalog', () => {
      expect(Object.keys(messages).sort()).toEqual([...enKeys].sort());
    });

    it('uses the same placeholders as English in every message', () => {
      for (const key of enKeys) {
        expect({ key, placeholders: placeholders(messages[key]) }).toEqual({ key, placeholders: placeholders(en[key]) });
      }
    });

    it('has no empty or padded message', () => {
      for (const key of enKeys) {
        expect(messages[key].trim(), key).not.toBe('');
        expect(messages[key], key).toBe(messages[key].trim());
      }
    });

    it('uses a typographic ellipsis and no straight quotes', () => {
      for (const key of enKeys) {
        expect(messages[key], key).not.toMatch(/\.\.\.|"/);
      }
    });
  });

  describe.each(translatedLocales)('%s translation', (locale) => {
    const messages: Messages = translated[locale];

    it('differs from English except for the allow-listed keys', () => {
      const untranslated = enKeys.filter((key) => messages[key] === en[key]);
      expect(untranslated).toEqual(sameAsEnglish[locale]);
    });

    it('leaves no English words behind', () => {
      for (const key of enKeys) {
        if (key === '$locale') continue;
        expect(withoutPlaceholders(messages[key]), key).not.toMatch(
          /\b(?:the|please|password|account|sign|try|again|your|link has|not valid)\b/i,
        );
      }
    });

    it('keeps a number and its unit on one line (no-break space)', () => {
      for (const key of enKeys) {
        expect(messages[key], key).not.toMatch(/\d [\p{L}]/u);
      }
    });

    it('uses its own quotation marks if it quotes at all', () => {
      const [open, close] = quotes[locale];
      const foreign = new RegExp(`["'‘’«»${['“', '”'].filter((mark) => mark !== close).join('')}]`);
      for (const key of enKeys) {
        expect(messages[key], key).not.toMatch(foreign);
        expect(messages[key].split(open).length, key).toBe(messages[key].split(close).length);
      }
    });

    it('shows local examples whose phone number the register schema accepts', () => {
      const { phone, country } = localExamples[locale];
      for (const key of ['field.phone.hint', 'validation.phone.invalid'] as const) {
        expect(messages[key], key).toMatch(phone);
        const example = /\+[\d\u00A0]+\d/.exec(messages[key])?.[0] ?? '';
        const parsed = registerAccountSchema.safeParse({ email: 'jan@example.com', password: 'pw', phone: example });
        expect({ key, example, success: parsed.success }).toEqual({ key, example, success: true });
      }
      expect(messages['validation.country.invalid']).toContain(country);
    });

    it('says the same to an unconfirmed customer on sign-in and on magic-auth (E007)', () => {
      expect(messages['error.login.E007']).toBe(messages['error.magic-auth.E007']);
      expect(messages['error.login.E007'].length).toBeGreaterThan(en['error.login.E007'].length * 0.7);
    });

    it('says 10 minutes for a repeated registration (E004), as the cooldown does', () => {
      expect(messages['error.register-account.E004']).toMatch(/\b10\u00A0\p{L}+/u);
    });
  });

  it('tells an unconfirmed customer to open the confirmation e-mail, and when registering again sends a new one', () => {
    expect(en['error.login.E007']).toContain('Open the link in the confirmation e-mail');
    expect(en['confirmation.pending']).toContain('you can register again {wait} and we will send a new one');
    expect(cs['confirmation.ready']).toContain('zaregistrujte se znovu a\u00A0pošleme vám nový');
    expect(sk['confirmation.ready']).toContain('zaregistrujte sa znova a\u00A0pošleme vám nový');
    expect(de['confirmation.ready']).toContain('registrieren Sie sich erneut');
    expect(pl['confirmation.ready']).toContain('zarejestrować się ponownie');
    expect(en['error.register-account.E004']).toContain('in 10 minutes');
    // The registration's success panel says the same.
    expect(en['register.success.body']).toContain('register again in 10 minutes');
  });

  it.each(['cs', 'sk', 'pl'] as const)(
    'keeps one-letter prepositions and conjunctions on the next word’s line in %s (no-break space)',
    (locale) => {
      const messages: Messages = translated[locale];
      for (const key of enKeys) {
        expect(messages[key], key).not.toMatch(looseOneLetterWord);
      }
    },
  );

  it('keeps a Polish dash off the start of a line', () => {
    for (const key of enKeys) expect(pl[key], key).not.toMatch(/ –/);
  });

  it('writes Czech with Czech letters, and none that only Slovak has', () => {
    const text = Object.values(cs).join(' ');
    for (const letter of ['ě', 'š', 'č', 'ř', 'ž', 'ý', 'á', 'í', 'é', 'ů', 'ú']) expect(text).toContain(letter);
    expect(text).not.toMatch(/[äôĺľŕ]/);
    expect(text).toContain('\u00A0');
  });

  it('writes Slovak with Slovak letters, and none that only Czech has', () => {
    const text = Object.values(sk).join(' ');
    for (const letter of ['ä', 'ô', 'ľ', 'š', 'č', 'ž', 'ý', 'á', 'í', 'é', 'ú', 'ť']) expect(text).toContain(letter);
    expect(text).not.toMatch(/[ěřů]/);
    expect(text).toContain('\u00A0');
  });

  it('writes German with umlauts and ß, and no Czech, Slovak or Polish letters', () => {
    const text = Object.values(de).join(' ');
    for (const letter of ['ä', 'ö', 'ü', 'ß', 'Ö']) expect(text).toContain(letter);
    expect(text).not.toMatch(/[áéíóúýčšžěřůôľąęłśźżćń]/);
  });

  it('writes Polish with Polish letters, and no Czech, Slovak or German ones', () => {
    const text = Object.values(pl).join(' ');
    for (const letter of ['ą', 'ę', 'ł', 'ó', 'ś', 'ż', 'ź', 'ć', 'ń']) expect(text).toContain(letter);
    expect(text).not.toMatch(/[áéíúýčšžěřůäôľöüß]/);
    expect(text).toContain('\u00A0');
  });

  it('addresses a German customer formally (Sie, never du)', () => {
    const text = Object.values(de).join(' ');
    expect(text).toMatch(/\bSie\b/);
    expect(text).toMatch(/\bIhr(?:e|en)?\b/);
    expect(text).not.toMatch(/(?<![\p{L}])(?:du|dein\p{L}*|dich|dir)(?![\p{L}])/iu);
  });

  it('addresses a Polish customer without the informal "ty" forms', () => {
    const text = Object.values(pl).join(' ');
    expect(text).not.toMatch(
      /(?<![\p{L}])(?:twój|twoj\p{L}+|ciebie|cię|ci|masz|możesz|jesteś|spróbuj|sprawdź|podaj|wpisz|kliknij|otwórz|pamiętasz)(?![\p{L}])/iu,
    );
    expect(text).toContain('Prosimy');
  });

  it('writes German abbreviations with a no-break space (z.\u00A0B.)', () => {
    for (const key of enKeys) expect(de[key], key).not.toMatch(/z\. ?B\./);
    expect(de['validation.email.invalid']).toContain('z.\u00A0B.');
  });

  it('writes "e-mail" the Czech, Slovak and Polish way, never "email"', () => {
    for (const messages of [cs, sk, pl]) {
      for (const key of enKeys) {
        expect(withoutPlaceholders(messages[key]), key).not.toMatch(/\bemail/i);
      }
    }
  });

  it('writes "E-Mail" the German way (Duden), never "Email" or "E-mail"', () => {
    for (const key of enKeys) {
      for (const word of withoutPlaceholders(de[key]).match(/e-?mail/gi) ?? []) expect(word, key).toBe('E-Mail');
    }
  });
});

describe('resolveMessages', () => {
  it('picks a built-in catalog by exact tag, case-insensitively', () => {
    expect(resolveMessages('cs', undefined, imported)).toBe(cs);
    expect(resolveMessages('sk', undefined, imported)).toBe(sk);
    expect(resolveMessages('en', undefined, imported)).toBe(en);
    expect(resolveMessages('CS', undefined, imported)).toBe(cs);
  });

  it('falls back to the language part of a regional tag', () => {
    expect(resolveMessages('cs-CZ', undefined, imported)).toBe(cs);
    expect(resolveMessages('sk-SK', undefined, imported)).toBe(sk);
    expect(resolveMessages('sk_SK', undefined, imported)).toBe(sk);
    expect(resolveMessages('en-GB', undefined, imported)).toBe(en);
  });

  it('falls back to English for an unknown, empty or missing locale', () => {
    expect(resolveMessages('fr', undefined, imported)).toBe(en);
    expect(resolveMessages('fr-CA', undefined, imported)).toBe(en);
    expect(resolveMessages('', undefined, imported)).toBe(en);
    expect(resolveMessages(undefined)).toBe(en);
    expect(resolveMessages('constructor', undefined, imported)).toBe(en);
    expect(resolveMessages('toString-x', undefined, imported)).toBe(en);
  });

  it('uses a Messages object as it is', () => {
    const custom: Messages = { ...cs, 'login.title': 'Vstup do účtu' };
    expect(resolveMessages(custom)).toBe(custom);
  });

  it('lays overrides on top without touching the catalog', () => {
    const messages = resolveMessages('cs-CZ', { 'login.title': 'Vstup do účtu', 'login.submit': 'Vstoupit' }, imported);
    expect(messages['login.title']).toBe('Vstup do účtu');
    expect(messages['login.submit']).toBe('Vstoupit');
    expect(messages['register.title']).toBe(cs['register.title']);
    expect(messages.$locale).toBe('cs');
    expect(cs['login.title']).toBe('Přihlášení');
  });

  it('lays overrides on a Messages object too, and ignores overrides left undefined', () => {
    const messages = resolveMessages(sk, { 'login.title': 'Vstup', 'login.submit': undefined });
    expect(messages['login.title']).toBe('Vstup');
    expect(messages['login.submit']).toBe(sk['login.submit']);
    expect(Object.keys(messages).sort()).toEqual([...enKeys].sort());
  });
});
