import {
  createBizKitHubHandler,
  type BizKitHubHandler,
  type BizKitHubHandlerOptions,
  type MagicLinkMessage,
  type MagicLinkStore,
} from '../../src/server/index.js';
import { devKey } from '../support/keys.js';
import { shopOrigin } from './support.js';

/**
 * A shop whose handler mails magic links into a list the calling file's tests read (emptied before
 * each test): `makeHandler(store)` on that store (the handler's own when undefined), one known
 * client address, `lastLink()` the newest link, `sent()` all of them.
 */
export function linkMailingShop() {
  let sent: MagicLinkMessage[] = [];
  beforeEach(() => {
    sent = [];
  });
  const makeHandler = (store: MagicLinkStore | undefined, options: Partial<BizKitHubHandlerOptions> = {}) =>
    createBizKitHubHandler({
      apiKey: devKey,
      origin: shopOrigin,
      getClientIp: () => '192.0.2.1',
      ...options,
      magicLink: { sendMagicLink: (message) => void sent.push(message), ...(store ? { store } : {}), ...options.magicLink },
    });
  return { makeHandler, lastLink: () => sent.at(-1)?.url ?? '', sent: (): readonly MagicLinkMessage[] => sent };
}

/** The confirmation page's form token (its hidden field), if the page has one. */
export function formTokenIn(html: string): string | undefined {
  return /<input type="hidden" name="confirm" value="([^"]+)">/.exec(html)?.[1];
}

/** A `Cookie` header with the `Set-Cookie` pairs of `response` added (a name set again replaces the old value). */
export function withSetCookies(cookie: string | undefined, response: Response): string | undefined {
  const jar = new Map((cookie ?? '').split(';').map((pair) => pair.trim()).filter(Boolean).map((pair) => [pair.split('=')[0] ?? '', pair] as const));
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(';')[0] ?? '';
    const name = pair.split('=')[0] ?? '';
    if (/Max-Age=0/i.test(line)) jar.delete(name);
    else jar.set(name, pair);
  }
  return jar.size === 0 ? undefined : [...jar.values()].join('; ');
}

/** Headers of the button's POST; a header given as `undefined` is left out. */
export type PressHeaders = Record<string, string | undefined>;

/**
 * What a browser does with a magic link: opens it (a top-level GET with its cookies), keeps any
 * cookie the page sets, and presses the page's button: a form POST of its hidden field to the same
 * URL, as a browser sends it from a `no-referrer` page (`Origin: null`, `Sec-Fetch-Site:
 * same-origin`; `headers` change that). A page that is not the confirmation page is returned as is.
 */
export async function openAndPress(
  handler: BizKitHubHandler,
  url: string,
  { cookie, headers = {}, signal }: { cookie?: string | undefined; headers?: PressHeaders; signal?: AbortSignal } = {},
): Promise<Response> {
  const opened = await handler(new Request(url, { headers: cookie === undefined ? {} : { cookie } }));
  if (opened.status !== 200) return opened;
  const formToken = formTokenIn(await opened.text()) ?? '';
  const browserCookie = withSetCookies(cookie, opened);
  const sent: Record<string, string> = {};
  for (const [name, value] of Object.entries({
    origin: 'null',
    'sec-fetch-site': 'same-origin',
    'content-type': 'application/x-www-form-urlencoded',
    ...(browserCookie === undefined ? {} : { cookie: browserCookie }),
    ...headers,
  })) {
    if (value !== undefined) sent[name] = value;
  }
  return handler(new Request(url, { method: 'POST', headers: sent, body: `confirm=${encodeURIComponent(formToken)}`, ...(signal ? { signal } : {}) }));
}
