/** The request header through which `proxy` tells `requireAuth` the path and query being rendered. */
export const pathHeader = 'x-bizkithub-path';

/** Next's internal query parameters, which are no part of where the customer was. */
const internalParams = ['_rsc'];

/** `/account/orders?x=1` of a request URL, without Next's internal parameters. */
export function pathAndQuery(url: URL): string {
  const copy = new URL(url.href);
  for (const name of internalParams) copy.searchParams.delete(name);
  return copy.pathname + copy.search;
}
