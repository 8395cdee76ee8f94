export { createBizKitHubHandler } from './createBizKitHubHandler.js';
export { getSession } from './getSession.js';
export { defaultGetClientIp } from './clientIp.js';
export { BizKitHubError, isBizKitHubError } from '../client/errors.js';
export type { CookieSource } from './getSession.js';
export type { BizKitHubHandler, BizKitHubHandlerOptions, SessionCookieOptions } from './types.js';
export type { MagicLinkLimits, MagicLinkMessage, MagicLinkOptions, MagicLinkStore } from './magicLinkTypes.js';
export type { Account, Session } from '../client/session.js';
