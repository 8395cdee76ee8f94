// @vitest-environment node
import { endpointErrorCodes, type Endpoint } from '../../src/core/endpoints.js';
import { endpoints } from '../../src/core/routes.js';
import { BizKitHubError, type BizKitHubErrorInit, type BizKitHubErrorKind } from '../../src/core/errors.js';
import { en, getErrorMessage, getErrorMessageKey, translate, type MessageKey, type Messages } from '../../src/i18n/index.js';
import { cs } from '../../src/i18n/locales/cs.js';
import { de } from '../../src/i18n/locales/de.js';
import { pl } from '../../src/i18n/locales/pl.js';
import { sk } from '../../src/i18n/locales/sk.js';

const catalogs = { en, cs, sk, de, pl } as const;
/** The catalogs an app imports from '@bizkithub/auth-react/locales/…' and hands to getErrorMessage. */
const imported = [cs, sk, de, pl];

function apiError(endpoint: Endpoint, code: string | undefined, extra: Partial<BizKitHubErrorInit> = {}): BizKitHubError {
  return new BizKitHubError({ kind: 'api', endpoint, code, status: 200, serverMessage: 'Secret server text', ...extra });
}

function kindError(kind: BizKitHubErrorKind, extra: Partial<BizKitHubErrorInit> = {}): BizKitHubError {
  return new BizKitHubError({ kind, endpoint: 'login', serverMessage: 'Secret server text', ...extra });
}

const documented = (Object.entries(endpointErrorCodes) as [Endpoint, readonly string[]][]).filter(
  ([, codes]) => codes.length > 0,
);

describe('getErrorMessage: documented endpoint codes', () => {
  describe.each(documented)('%s', (endpoint, codes) => {
    it.each(codes)('%s has its own key', (code) => {
      expect(getErrorMessageKey(apiError(endpoint, code))).toBe(`error.${endpoint}.${code}`);
    });

    it.each(['en', 'cs', 'sk', 'de', 'pl'] as const)('gives the right, distinct sentence per code in %s', (locale) => {
      const sentences = codes.map((code) => getErrorMessage(apiError(endpoint, code), locale, imported));
      expect(sentences).toEqual(codes.map((code) => catalogs[locale][`error.${endpoint}.${code}` as MessageKey]));
      expect(new Set(sentences).size).toBe(codes.length);
    });
  });

  it('covers every documented code with a catalog key', () => {
    const keys = documented.flatMap(([endpoint, codes]) => codes.map((code) => `error.${endpoint}.${code}`));
    expect(keys).toHaveLength(22);
    for (const key of keys) expect(Object.keys(en)).toContain(key);
  });

  it('says "wrong e-mail or password" for login E004, in Czech too', () => {
    expect(getErrorMessage(apiError('login', 'E004'), 'cs', imported)).toBe('Nesprávný e-mail nebo heslo.');
    expect(getErrorMessage(apiError('login', 'E004'))).toBe('The e-mail address or password is not correct.');
    expect(getErrorMessage(apiError('login', 'E004'), 'sk', imported)).toBe('Nesprávny e-mail alebo heslo.');
  });

  it('reads the same code differently on different endpoints', () => {
    const e002 = (['login', 'register-account', 'set-new-password'] as const).map((endpoint) =>
      getErrorMessage(apiError(endpoint, 'E002'), 'cs', imported),
    );
    expect(new Set(e002).size).toBe(3);
    expect(getErrorMessage(apiError('register-account', 'E002'), 'cs', imported)).toMatch(/už existuje/);
    expect(getErrorMessage(apiError('set-new-password', 'E004'), 'cs', imported)).toMatch(/vypršela/);
    expect(getErrorMessage(apiError('login', 'E004'), 'cs', imported)).not.toBe(getErrorMessage(apiError('magic-auth', 'E004'), 'cs', imported));
  });

  it('shows reset-password failures as its generic failure, whatever the code', () => {
    for (const code of ['E001', 'E004', 'SOMETHING', undefined]) {
      expect(getErrorMessageKey(apiError('reset-password', code))).toBe('error.reset-password.failed');
    }
    expect(getErrorMessage(apiError('reset-password', 'E001'), 'cs', imported)).toBe(cs['error.reset-password.failed']);
  });

  it('falls back to the endpoint’s E001 for an undocumented or missing code', () => {
    expect(getErrorMessageKey(apiError('login', 'E999'))).toBe('error.login.E001');
    expect(getErrorMessageKey(apiError('magic-auth', 'e004'))).toBe('error.magic-auth.E001');
    expect(getErrorMessageKey(apiError('register-account', 'E005'))).toBe('error.register-account.E001');
    expect(getErrorMessageKey(apiError('set-new-password', undefined))).toBe('error.set-new-password.E001');
    expect(getErrorMessageKey(apiError('login', 'toString'))).toBe('error.login.E001');
    expect(getErrorMessage(apiError('login', 'E999'), 'cs', imported)).toBe(cs['error.login.E001']);
  });

  it('falls back to the unknown sentence for an api error of an unknown endpoint', () => {
    const error = apiError('future-endpoint' as unknown as Endpoint, 'E001');
    expect(getErrorMessageKey(error)).toBe('error.unknown');
  });
});

describe('getErrorMessage: kinds', () => {
  it.each<[BizKitHubErrorKind, Partial<BizKitHubErrorInit>, MessageKey]>([
    ['validation', { fields: { email: 'validation.email.invalid' } }, 'error.validation'],
    ['network', {}, 'error.network'],
    ['timeout', {}, 'error.timeout'],
    ['aborted', {}, 'error.aborted'],
    ['invalid-response', { status: 200 }, 'error.invalidResponse'],
    ['invalid-response', { status: 502 }, 'error.server'],
    ['rate-limit', { status: 429 }, 'error.rateLimit'],
    ['rate-limit', { status: 429, retryAfterMs: 0 }, 'error.rateLimit'],
    ['rate-limit', { status: 429, retryAfterMs: -1000 }, 'error.rateLimit'],
    ['rate-limit', { status: 429, retryAfterMs: Number.NaN }, 'error.rateLimit'],
    ['rate-limit', { status: 429, retryAfterMs: 300_000 }, 'error.rateLimitWait'],
    ['platform', { code: 'PUBLIC_API_KEY_DOES_NOT_EXIST', status: 404 }, 'error.platform.apiKey'],
    ['platform', { code: 'PUBLIC_API_KEY_IS_NOT_IN_VALID_FORMAT', status: 404 }, 'error.platform.apiKey'],
    ['platform', { code: 'PUBLIC_API_KEY_HAS_BEEN_EXPIRED' }, 'error.platform.apiKey'],
    ['platform', { code: 'INTERNAL_ACCOUNT_CAN_NOT_DETERMINATE_USER_IP' }, 'error.platform.ip'],
    ['platform', { code: 'INTERNAL_SOMETHING_ELSE', status: 403 }, 'error.platform'],
    ['platform', {}, 'error.platform'],
    ['http', { status: 500 }, 'error.server'],
    ['http', { status: 503 }, 'error.server'],
    ['http', { status: 404 }, 'error.http'],
    ['http', { status: 401 }, 'error.http'],
    ['http', {}, 'error.http'],
  ])('%s %o → %s', (kind, extra, key) => {
    const error = kindError(kind, extra);
    expect(getErrorMessageKey(error)).toBe(key);
    if (key !== 'error.rateLimitWait') {
      expect(getErrorMessage(error)).toBe(en[key]);
      expect(getErrorMessage(error, 'cs', imported)).toBe(cs[key]);
      expect(getErrorMessage(error, 'sk', imported)).toBe(sk[key]);
    }
  });

  it('tells how long to wait on a rate limit, in the catalog’s language', () => {
    const error = kindError('rate-limit', { status: 429, retryAfterMs: 300_000 });
    expect(getErrorMessage(error)).toBe('Too many attempts. Please try again in 5 minutes.');
    expect(getErrorMessage(error, 'cs', imported)).toContain('za\u00A05\u00A0minut');
    expect(getErrorMessage(error, 'cs', imported)).toBe('Příliš mnoho pokusů. Zkuste to prosím znovu za\u00A05\u00A0minut.');
    expect(getErrorMessage(error, 'sk-SK', imported)).toContain('o\u00A05\u00A0minút');
    expect(getErrorMessage(kindError('rate-limit', { retryAfterMs: 3 * 3_600_000 }), 'en')).toContain('in 3 hours');
  });

  it('tells the wait in German and Polish too, with Intl’s plurals and no-break spaces', () => {
    const fiveMinutes = kindError('rate-limit', { status: 429, retryAfterMs: 300_000 });
    const twentyTwoMinutes = kindError('rate-limit', { status: 429, retryAfterMs: 22 * 60_000 });
    expect(getErrorMessage(fiveMinutes, 'de-AT', imported)).toBe(
      'Zu viele Versuche. Bitte versuchen Sie es in\u00A05\u00A0Minuten erneut.',
    );
    expect(getErrorMessage(fiveMinutes, pl)).toBe('Zbyt wiele prób. Prosimy spróbować ponownie za\u00A05\u00A0minut.');
    expect(getErrorMessage(twentyTwoMinutes, 'pl-PL', imported)).toBe(
      'Zbyt wiele prób. Prosimy spróbować ponownie za\u00A022\u00A0minuty.',
    );
  });

  it('gives the generic rate-limit sentence without a wait', () => {
    expect(getErrorMessage(kindError('rate-limit', { status: 429 }), 'cs', imported)).toBe(cs['error.rateLimit']);
    expect(getErrorMessage(kindError('rate-limit', { status: 429 }), 'cs', imported)).not.toContain('{wait}');
  });

  it('gives the unknown sentence for a kind it does not know', () => {
    expect(getErrorMessageKey(kindError('future' as unknown as BizKitHubErrorKind))).toBe('error.unknown');
  });

  it('gives different sentences for the platform key, IP and other cases', () => {
    const sentences = ['PUBLIC_API_KEY_IS_EMPTY', 'INTERNAL_ACCOUNT_CAN_NOT_DETERMINATE_USER_IP', 'OTHER'].map((code) =>
      getErrorMessage(kindError('platform', { code }), 'cs', imported),
    );
    expect(new Set(sentences).size).toBe(3);
  });
});

describe('getErrorMessage: anything else', () => {
  it.each<[string, unknown]>([
    ['an Error', new Error('Secret server text')],
    ['a string', 'Secret server text'],
    ['null', null],
    ['undefined', undefined],
    ['a look-alike plain object', { kind: 'api', endpoint: 'login', code: 'E004', message: 'Secret server text' }],
  ])('%s → the unknown sentence', (_name, error) => {
    expect(getErrorMessageKey(error)).toBe('error.unknown');
    expect(getErrorMessage(error)).toBe(en['error.unknown']);
    expect(getErrorMessage(error, 'cs', imported)).toBe('Něco se pokazilo. Zkuste to prosím znovu.');
  });

  it('recognises a BizKitHubError from another copy of the package by its brand', () => {
    const foreign = {
      kind: 'api',
      endpoint: 'login',
      code: 'E004',
      [Symbol.for('@bizkithub/auth-react/BizKitHubError')]: true,
    };
    expect(getErrorMessageKey(foreign)).toBe('error.login.E004');
  });
});

describe('getErrorMessage: locale', () => {
  const error = apiError('login', 'E005');

  it('resolves a regional tag to its language', () => {
    expect(getErrorMessage(error, 'cs-CZ', imported)).toBe(cs['error.login.E005']);
    expect(getErrorMessage(error, 'sk-SK', imported)).toBe(sk['error.login.E005']);
  });

  it('uses English for an unknown or missing locale', () => {
    expect(getErrorMessage(error, 'de-DE')).toBe(en['error.login.E005']);
    expect(getErrorMessage(error)).toBe(en['error.login.E005']);
  });

  it('uses a custom catalog as given, and its $locale for the wait', () => {
    const custom: Messages = {
      ...cs,
      'error.login.E005': 'Účet je zablokovaný.',
      'error.rateLimitWait': 'Počkejte a zkuste to {wait}.',
    };
    expect(getErrorMessage(error, custom)).toBe('Účet je zablokovaný.');
    expect(getErrorMessage(kindError('rate-limit', { retryAfterMs: 120_000 }), custom)).toBe(
      'Počkejte a zkuste to za\u00A02\u00A0minuty.',
    );
  });
});

describe('getErrorMessage never shows the server’s text', () => {
  const kinds: BizKitHubErrorKind[] = [
    'api',
    'platform',
    'rate-limit',
    'http',
    'invalid-response',
    'network',
    'timeout',
    'aborted',
    'validation',
  ];

  it.each(kinds)('%s', (kind) => {
    for (const endpoint of endpoints) {
      for (const code of [undefined, 'E001', 'E004', 'Secret server text']) {
        const error = new BizKitHubError({
          kind,
          endpoint,
          code,
          status: 500,
          retryAfterMs: 1000,
          serverMessage: 'Secret server text',
        });
        expect(error.serverMessage).toBe('Secret server text');
        for (const locale of [undefined, 'en', 'cs', 'sk']) {
          expect(getErrorMessage(error, locale, imported)).not.toContain('Secret');
        }
      }
    }
  });
});

describe('translate', () => {
  it('fills a message’s placeholders in the given catalog', () => {
    expect(translate(cs, 'register.success.body', { email: 'jan@example.com' })).toBe(
      'Na adresu jan@example.com jsme vám poslali e-mail s\u00A0potvrzovacím odkazem. Kliknutím na odkaz účet aktivujete. Pokud e-mail nevidíte, podívejte se i\u00A0do složky s\u00A0nevyžádanou poštou; pokud nedorazil, můžete se za 10\u00A0minut zaregistrovat znovu a\u00A0pošleme vám nový.',
    );
    expect(translate(en, 'cooldown.countdown', { time: '0:27' })).toBe('You can try again in 0:27.');
    // A duration, not a clock time ("o 0:27" read as "at 0:27").
    expect(translate(sk, 'cooldown.countdown', { time: '0:27' })).toBe('Do ďalšieho pokusu zostáva 0:27.');
  });

  it('returns a message without placeholders unchanged', () => {
    expect(translate(cs, 'login.title')).toBe('Přihlášení');
  });

  it('falls back to English for a key missing from a hand-made catalog', () => {
    const partial = { ...cs } as Record<string, string>;
    delete partial['login.title'];
    expect(translate(partial as unknown as Messages, 'login.title')).toBe(en['login.title']);
  });
});
