/**
 * The page a data request's path stands for: `/_root.data` (`/shop/_root.data` under a basename),
 * `/_.data` and `/orders/_.data` (`future.v8_trailingSlashAwareDataRequests`), `/orders.data`.
 */
function pagePath(pathname: string): string {
  if (pathname.endsWith('/_root.data')) return pathname.slice(0, -'/_root.data'.length) || '/';
  if (pathname.endsWith('/_.data')) return pathname.slice(0, -'_.data'.length);
  return pathname.replace(/\.data$/, '');
}

/**
 * `/account/orders?x=1` of a request URL as the customer saw it. React Router's data requests of a
 * client navigation ask `/account/orders.data?x=1&_routes=…` (`/_root.data` or `/_.data` for `/`), and
 * its loaders and middleware see that URL when `future.v8_passThroughRequests` is on: those parts are
 * no part of where the customer was.
 */
export function pathAndQuery(url: URL): string {
  const copy = new URL(url.href);
  copy.pathname = pagePath(copy.pathname);
  // Touched only when present: deleting a parameter writes the whole query string anew.
  if (copy.searchParams.has('_routes')) copy.searchParams.delete('_routes');
  // `?index` (an empty value) marks an index route's data request; a value is the page's own.
  const index = copy.searchParams.getAll('index');
  if (index.length > 0 && index.every((value) => value === '')) copy.searchParams.delete('index');
  return copy.pathname + copy.search;
}
