// @vitest-environment node
// Issue 33: the hide-existence rule is written once (core/hideExistence.ts) and holds on every path
// that answers a sign-in: the forms' fold and their actions, the handler's POST /login, and the
// magic link's verify route. The forms on screen, in both modes, are in
// test/components/hideExistence.browser.test.tsx.
import { endpointErrorCodes } from '../../src/core/endpoints.js';
import { endpoints } from '../../src/core/routes.js';
import { BizKitHubError } from '../../src/core/errors.js';
import { foldedCodes, hiddenAnswer, hideExistence, type SignInEndpoint } from '../../src/core/hideExistence.js';
import { loginErrorActions } from '../../src/components/loginActions.js';
import { createBizKitHubHandler } from '../../src/server/index.js';
import { devKey } from '../support/keys.js';
import { linkMailingShop, openAndPress } from './confirmation.js';
import { browserRequest, forbidConsoleInEveryTest, startUpstream } from './support.js';

const api = startUpstream();
forbidConsoleInEveryTest();

const signInEndpoints: readonly SignInEndpoint[] = ['login', 'magic-auth'];
const codesOf = (endpoint: SignInEndpoint): readonly string[] => endpointErrorCodes[endpoint];
const foldedOf = (endpoint: SignInEndpoint): readonly string[] => foldedCodes[endpoint];
/** The folded codes that reveal something: all but the one answer itself. */
const revealingOf = (endpoint: SignInEndpoint) => foldedOf(endpoint).filter((code) => code !== hiddenAnswer);

describe('the rule', () => {
  test('login hides no customer, no password and banned; magic-auth also not confirmed; both read as E004', () => {
    expect(foldedCodes).toEqual({ login: ['E002', 'E003', 'E004', 'E005'], 'magic-auth': ['E002', 'E003', 'E004', 'E005', 'E007'] });
    expect(hiddenAnswer).toBe('E004');
  });

  test('is frozen all the way down: no caller can widen or narrow it', () => {
    expect(Object.isFrozen(foldedCodes)).toBe(true);
    for (const endpoint of signInEndpoints) expect(Object.isFrozen(foldedCodes[endpoint])).toBe(true);
  });

  test.each(signInEndpoints)('%s: with hiding, each folded code becomes the one answer, without its status; the rest stay', (endpoint) => {
    for (const code of codesOf(endpoint)) {
      const error = new BizKitHubError({ kind: 'api', endpoint, code, status: 401 });
      const shown = hideExistence(error, true);
      if (foldedOf(endpoint).includes(code)) {
        expect(shown).toMatchObject({ kind: 'api', endpoint, code: hiddenAnswer, status: undefined });
      } else {
        expect(shown).toBe(error);
      }
      expect(hideExistence(error, false)).toBe(error);
    }
  });

  test('other endpoints and other kinds pass as they are', () => {
    for (const endpoint of endpoints.filter((name) => !(signInEndpoints as readonly string[]).includes(name))) {
      const error = new BizKitHubError({ kind: 'api', endpoint, code: 'E002' });
      expect(hideExistence(error, true)).toBe(error);
    }
    const throttled = new BizKitHubError({ kind: 'rate-limit', endpoint: 'login', code: 'E005' });
    expect(hideExistence(throttled, true)).toBe(throttled);
  });
});

describe('the forms’ actions', () => {
  const register = { href: '/register' };
  const support = { href: '/support' };

  test.each(signInEndpoints)('%s: a folded failure offers what the one answer offers, so the actions tell nothing either', (endpoint) => {
    const actionsOf = (code: string) => loginErrorActions(hideExistence(new BizKitHubError({ kind: 'api', endpoint, code }), true), register, support);
    const answer = actionsOf(hiddenAnswer);
    for (const code of revealingOf(endpoint)) expect(actionsOf(code)).toEqual(answer);
    // Without hiding they guide: register for E002 and E003, support for a ban.
    const shown = (code: string) => loginErrorActions(new BizKitHubError({ kind: 'api', endpoint, code }), register, support);
    expect([shown('E002'), shown('E003'), shown('E005')]).toEqual([
      [[register, 'action.register']],
      [[register, 'action.register']],
      [[support, 'action.contactSupport']],
    ]);
  });
});

/** Answers every login with `code`, at a status of its own, as a strict upstream might. */
const statusOf: Record<string, number> = { E001: 500, E002: 404, E003: 409, E004: 401, E005: 403, E006: 429, E007: 412 };
function handlerAnswering(code: string, hideAccountExistence: boolean) {
  return createBizKitHubHandler({
    apiKey: devKey,
    hideAccountExistence,
    fetch: async () => Response.json({ success: false, errorCode: code, message: 'detail' }, { status: statusOf[code] ?? 200 }),
  });
}

async function loginAnswer(code: string, hide: boolean) {
  const response = await handlerAnswering(code, hide)(browserRequest('/login', { body: { email: 'someone@example.com', password: 'x' } }));
  return { status: response.status, headers: [...response.headers], body: await response.text() };
}

describe('the handler’s POST /login', () => {
  test('with hiding, every folded code is the very same answer as E004 (status, headers, body)', async () => {
    const answer = await loginAnswer(hiddenAnswer, true);
    expect(JSON.parse(answer.body)).toEqual({ success: false, errorCode: 'E004' });
    for (const code of revealingOf('login')) expect(await loginAnswer(code, true)).toEqual(answer);
  });

  test('with hiding, E001 and E007 (which follows the password check) keep their own code', async () => {
    for (const code of ['E001', 'E007']) {
      expect(JSON.parse((await loginAnswer(code, true)).body)).toEqual({ success: false, errorCode: code });
    }
  });

  test('without it, each code passes with its own status', async () => {
    for (const code of codesOf('login')) {
      const answer = await loginAnswer(code, false);
      expect([answer.status, JSON.parse(answer.body)]).toEqual([statusOf[code], { success: false, errorCode: code }]);
    }
  });
});

describe('the magic link’s verify route', () => {
  const shop = linkMailingShop();

  /** The `?error=` a customer lands on after following a link whose magic-auth answered `code`. */
  async function landedWith(code: string, hideAccountExistence: boolean): Promise<string | null> {
    const handler = shop.makeHandler(undefined, { hideAccountExistence });
    const requested = await handler(browserRequest('/magic-link', { body: { email: 'someone@example.com' } }));
    expect(requested.status).toBe(200);
    api.forceNext('magic-auth', { code });
    const pressed = await openAndPress(handler, shop.lastLink());
    expect(pressed.status).toBe(303);
    return new URL(pressed.headers.get('location') ?? '').searchParams.get('error');
  }

  test('with hiding, E002, E003, E004, E005 and E007 all land on E004; E001 and E006 on their own', async () => {
    for (const code of codesOf('magic-auth')) {
      expect(await landedWith(code, true)).toBe(foldedOf('magic-auth').includes(code) ? 'E004' : code);
    }
  });

  test('without it, each lands on its own code', async () => {
    for (const code of codesOf('magic-auth')) expect(await landedWith(code, false)).toBe(code);
  });
});
