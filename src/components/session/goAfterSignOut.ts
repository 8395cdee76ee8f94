/**
 * Where a sign-out button goes once the session is gone: through the provider's `navigate` (the
 * app's router), else with a page load. Nowhere when no address was given: the page stays.
 */
export function goAfterSignOut(navigate: ((href: string) => void) | undefined, href: string | undefined): void {
  if (href === undefined) return;
  if (navigate) navigate(href);
  else window.location.assign(href);
}
