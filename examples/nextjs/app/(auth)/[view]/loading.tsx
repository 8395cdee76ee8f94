/**
 * While this page renders on the server (it reads the session or the URL): with Cache Components a
 * navigation shows this at once, and the page streams in behind it.
 */
export default function Loading() {
  return <section className="card" aria-busy="true" />;
}
