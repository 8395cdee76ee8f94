// @vitest-environment node
import { readFileSync } from 'node:fs';
import { BizKitHubError } from '../../src/core/errors.js';
import { en, getErrorMessage, resolveMessages, shippedLocales, type MessageKey, type Messages } from '../../src/i18n/index.js';

// Every catalog file, so a locale added later is checked without touching this test.
const modules = import.meta.glob<Record<string, unknown>>('../../src/i18n/locales/*.ts', { eager: true });
const catalogs = Object.entries(modules).map(([file, exports]) => {
  const code = /([\w-]+)\.ts$/.exec(file)?.[1] ?? '';
  return { code, messages: exports[code] as Messages | undefined };
});
const enKeys = Object.keys(en) as MessageKey[];

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe('locale catalogs', () => {
  it('each file exports a catalog named after its code, tagged with it, and is on shippedLocales', () => {
    expect(catalogs.map(({ code }) => code).sort()).toEqual([...shippedLocales].sort());
    for (const { code, messages } of catalogs) expect(messages?.$locale, code).toBe(code);
  });

  describe.each(catalogs.filter(({ code }) => code !== 'en'))('$code', ({ messages }) => {
    it('has the keys of English and, in every message, the same placeholders', () => {
      expect(Object.keys(messages ?? {}).sort()).toEqual([...enKeys].sort());
      for (const key of enKeys) {
        expect({ key, placeholders: placeholders(messages?.[key] ?? '') }).toEqual({ key, placeholders: placeholders(en[key]) });
      }
    });
  });

  it('each locale is a package entry a consumer can import', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      exports: Record<string, { types: string; default: string }>;
    };
    const entry = pkg.exports['./locales/*'];
    expect(entry?.default).toBe('./dist/i18n/locales/*.js');
    expect(entry?.types).toBe('./dist/i18n/locales/*.d.ts');
  });
});

describe('choosing a catalog', () => {
  const cs = catalogs.find(({ code }) => code === 'cs')?.messages as Messages;
  const sk = catalogs.find(({ code }) => code === 'sk')?.messages as Messages;

  it('picks only from English and the catalogs given', () => {
    expect(resolveMessages('cs', undefined, [cs, sk])).toBe(cs);
    expect(resolveMessages('sk-SK', undefined, [cs, sk])).toBe(sk);
    expect(resolveMessages('en-GB', undefined, [cs])).toBe(en);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(resolveMessages('sk', undefined, [cs])).toBe(en);
    warn.mockRestore();
  });

  it('warns once, naming the entry to import, for a shipped locale that was not given', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(getErrorMessage(new BizKitHubError({ kind: 'network', endpoint: 'login' }), 'pl-PL')).toBe(en['error.network']);
    resolveMessages('pl-PL');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain("'@bizkithub/auth-react/locales/pl'");
    warn.mockRestore();
  });

  it('says an unknown tag (cz) has no catalog and lists the shipped ones', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(resolveMessages('cz')).toBe(en);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/"cz" has no catalog.*ships en, cs, sk/);
    warn.mockRestore();
  });

  it('takes a catalog given as the locale itself, and a catalog of your own', () => {
    expect(resolveMessages(cs)).toBe(cs);
    const hu: Messages = { ...en, $locale: 'hu', 'login.title': 'Bejelentkezés' };
    expect(resolveMessages('hu-HU', undefined, [hu])['login.title']).toBe('Bejelentkezés');
  });
});
