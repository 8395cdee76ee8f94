export { createBizKitHubClient, defaultAccountInfoPath, defaultBaseUrl, defaultTimeoutMs } from './createClient.js';
export { BizKitHubError, isBizKitHubError } from './errors.js';
export { endpointErrorCodes, endpointPaths, endpoints, throttleCodes } from './endpoints.js';
export type { BizKitHubErrorInit, BizKitHubErrorKind } from './errors.js';
export type { Endpoint, EndpointErrorCode, Operation } from './endpoints.js';
export type * from './types.js';
