import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  // An app that switches language sets <html lang> again: follow it.
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  return () => observer.disconnect();
}

const pageLang = () => document.documentElement.lang;
// Server rendering and hydration know no page: no `lang` until after mount, so the markup matches.
const noPage = () => undefined;

const primary = (tag: string) => tag.split('-')[0]?.toLowerCase();

/**
 * `locale` when the page's `<html lang>` names another language (or none), so a screen reader
 * switches voice for the form; `undefined` when they agree, and on the server.
 */
export function useLangAttribute(locale: string): string | undefined {
  const page = useSyncExternalStore(subscribe, pageLang, noPage);
  return page === undefined || primary(page) === primary(locale) ? undefined : locale;
}
