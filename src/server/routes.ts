import { readJsonBody, type JsonBody } from './readJsonBody.js';
import type { ResolvedOptions } from './resolveOptions.js';
import { isAllowedOrigin, originRefusal } from './originGuard.js';

export type Method = 'GET' | 'POST' | 'HEAD';
export type RouteHandler = (request: Request, env: unknown) => Promise<Response>;
export type Route = Partial<Record<Method, RouteHandler>>;

/** A POST route behind the guards: allowed Origin (403), JSON (415), at most 16 kB (413), an object (400). */
export function postRoute(
  config: ResolvedOptions,
  run: (body: JsonBody, request: Request, env: unknown) => Promise<Response>,
  { allowEmpty = false }: { allowEmpty?: boolean } = {},
): RouteHandler {
  return async (request, env) => {
    if (!isAllowedOrigin(request, config)) return originRefusal(request);
    const read = await readJsonBody(request, { allowEmpty });
    if ('response' in read) return read.response;
    return run(read.body, request, env);
  };
}
