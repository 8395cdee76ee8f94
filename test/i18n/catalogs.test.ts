import { catalogs, cs, en, resolveMessages, sk, type MessageKey, type Messages } from '../../src/i18n/index.js';

const enKeys = Object.keys(en) as MessageKey[];
const locales = Object.keys(catalogs) as (keyof typeof catalogs)[];
const translated = { cs, sk } as const;

/** Keys whose translation is legitimately the English text. Keep this list short. */
const sameAsEnglish: readonly MessageKey[] = ['field.email.label'];

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe('catalogs', () => {
  it('ships en, cs and sk, each tagged with its own locale', () => {
    expect(locales.sort()).toEqual(['cs', 'en', 'sk']);
    expect(catalogs.en).toBe(en);
    expect(catalogs.cs).toBe(cs);
    expect(catalogs.sk).toBe(sk);
    for (const locale of locales) expect(catalogs[locale].$locale).toBe(locale);
  });

  describe.each(locales)('%s', (locale) => {
    const messages: Messages = catalogs[locale];

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

  describe.each(Object.keys(translated) as (keyof typeof translated)[])('%s translation', (locale) => {
    const messages: Messages = translated[locale];

    it('differs from English except for the allow-listed keys', () => {
      const untranslated = enKeys.filter((key) => messages[key] === en[key]);
      expect(untranslated).toEqual(sameAsEnglish);
    });

    it('keeps one-letter prepositions and conjunctions on the next word’s line (no-break space)', () => {
      for (const key of enKeys) {
        expect(messages[key], key).not.toMatch(/(?:^|[\s„(])[AaIiKkOoSsUuVvZz] /);
      }
    });

    it('uses Czech/Slovak quotation marks if it quotes at all', () => {
      for (const key of enKeys) {
        expect(messages[key], key).not.toMatch(/[‘’”'«»]/);
        expect(messages[key].split('„').length, key).toBe(messages[key].split('“').length);
      }
    });
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

  it('gives local examples: Czech +420 and CZ, Slovak +421 and SK', () => {
    expect(cs['validation.phone.invalid']).toContain('+420 777123456');
    expect(cs['field.country.hint']).toContain('CZ');
    expect(sk['validation.phone.invalid']).toMatch(/\+421 \d{9}\./);
    expect(sk['field.phone.hint']).toMatch(/\+421 \d{9}\./);
    expect(sk['validation.country.invalid']).toContain('SK');
    expect(sk['field.country.hint']).toContain('SK');
  });

  it('writes "e-mail" the Czech and Slovak way, never "email"', () => {
    for (const messages of [cs, sk]) {
      for (const key of enKeys) {
        expect(messages[key].replace(/\{\w+\}/g, ''), key).not.toMatch(/\bemail/i);
      }
    }
  });
});

describe('resolveMessages', () => {
  it('picks a built-in catalog by exact tag, case-insensitively', () => {
    expect(resolveMessages('cs')).toBe(cs);
    expect(resolveMessages('sk')).toBe(sk);
    expect(resolveMessages('en')).toBe(en);
    expect(resolveMessages('CS')).toBe(cs);
  });

  it('falls back to the language part of a regional tag', () => {
    expect(resolveMessages('cs-CZ')).toBe(cs);
    expect(resolveMessages('sk-SK')).toBe(sk);
    expect(resolveMessages('sk_SK')).toBe(sk);
    expect(resolveMessages('en-GB')).toBe(en);
  });

  it('falls back to English for an unknown, empty or missing locale', () => {
    expect(resolveMessages('de')).toBe(en);
    expect(resolveMessages('de-AT')).toBe(en);
    expect(resolveMessages('')).toBe(en);
    expect(resolveMessages(undefined)).toBe(en);
    expect(resolveMessages('constructor')).toBe(en);
    expect(resolveMessages('toString-x')).toBe(en);
  });

  it('uses a Messages object as it is', () => {
    const custom: Messages = { ...cs, 'login.title': 'Vstup do účtu' };
    expect(resolveMessages(custom)).toBe(custom);
  });

  it('lays overrides on top without touching the catalog', () => {
    const messages = resolveMessages('cs-CZ', { 'login.title': 'Vstup do účtu', 'login.submit': 'Vstoupit' });
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
