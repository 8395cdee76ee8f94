/**
 * The magic link's confirmation step: a small page the handler serves itself, so a link works with
 * any framework and with scripts off. Opening the link (GET, as a mail scanner does too) only shows
 * it; its one button POSTs back to the same URL, and that POST signs in.
 */

/** The texts of the page. The server keeps its own short table: it never imports the forms' catalogs. */
interface ConfirmPageTexts {
  title: string;
  /** `{email}` is the masked address. */
  question: string;
  /** Under the question when this browser asked for the link. */
  sameBrowser: string;
  /** Under the question when it did not: another device, or a link someone else planted. */
  otherBrowser: string;
  button: string;
  /** Title of the page a refused confirmation lands on. */
  refusedTitle: string;
  /** Its text: the POST could not be tied to this page in this browser, so the customer opens the link again. */
  refused: string;
}

const confirmPageTexts = {
  en: {
    title: 'Sign in',
    question: 'Sign in as {email}?',
    sameBrowser: 'Continue to sign in to the shop with this link.',
    otherBrowser:
      'This sign-in link was requested on another device or in another browser. If you continue, this browser will be signed in to the account {email}. If you did not ask for this link, close this page.',
    button: 'Sign in',
    refusedTitle: 'Sign-in not confirmed',
    refused: 'This sign-in could not be confirmed. Open the link from your e-mail again and press the button on the page it shows.',
  },
  cs: {
    title: 'Přihlášení',
    question: 'Přihlásit se jako {email}?',
    sameBrowser: 'Pokračováním se přihlásíte do obchodu pomocí tohoto odkazu.',
    otherBrowser:
      'Tento přihlašovací odkaz byl vyžádán na jiném zařízení nebo v\u00A0jiném prohlížeči. Pokud budete pokračovat, tento prohlížeč se přihlásí k\u00A0účtu {email}. Pokud jste o\u00A0odkaz nežádali, tuto stránku zavřete.',
    button: 'Přihlásit se',
    refusedTitle: 'Přihlášení nebylo potvrzeno',
    refused: 'Přihlášení se nepodařilo potvrdit. Otevřete znovu odkaz z\u00A0e-mailu a\u00A0stiskněte tlačítko na stránce, která se zobrazí.',
  },
  sk: {
    title: 'Prihlásenie',
    question: 'Prihlásiť sa ako {email}?',
    sameBrowser: 'Pokračovaním sa prihlásite do obchodu pomocou tohto odkazu.',
    otherBrowser:
      'Tento prihlasovací odkaz bol vyžiadaný na inom zariadení alebo v\u00A0inom prehliadači. Ak budete pokračovať, tento prehliadač sa prihlási do účtu {email}. Ak ste o\u00A0odkaz nežiadali, túto stránku zatvorte.',
    button: 'Prihlásiť sa',
    refusedTitle: 'Prihlásenie nebolo potvrdené',
    refused: 'Prihlásenie sa nepodarilo potvrdiť. Otvorte znova odkaz z\u00A0e-mailu a\u00A0stlačte tlačidlo na stránke, ktorá sa zobrazí.',
  },
  de: {
    title: 'Anmeldung',
    question: 'Als {email} anmelden?',
    sameBrowser: 'Fahren Sie fort, um sich mit diesem Link im Shop anzumelden.',
    otherBrowser:
      'Dieser Anmeldelink wurde auf einem anderen Gerät oder in einem anderen Browser angefordert. Wenn Sie fortfahren, wird dieser Browser beim Konto {email} angemeldet. Wenn Sie den Link nicht angefordert haben, schließen Sie diese Seite.',
    button: 'Anmelden',
    refusedTitle: 'Anmeldung nicht bestätigt',
    refused: 'Die Anmeldung konnte nicht bestätigt werden. Öffnen Sie den Link aus Ihrer E-Mail erneut und klicken Sie auf der angezeigten Seite auf die Schaltfläche.',
  },
  pl: {
    title: 'Logowanie',
    question: 'Zalogować się jako {email}?',
    sameBrowser: 'Kontynuacja spowoduje zalogowanie w\u00A0sklepie za pomocą tego linku.',
    otherBrowser:
      'O ten link do logowania poproszono na innym urządzeniu lub w\u00A0innej przeglądarce. Kontynuacja spowoduje zalogowanie tej przeglądarki na konto {email}. Jeśli prośba o\u00A0link nie pochodzi od Państwa, prosimy zamknąć tę stronę.',
    button: 'Zaloguj się',
    refusedTitle: 'Logowanie niepotwierdzone',
    refused: 'Nie udało się potwierdzić logowania. Otwórz ponownie link z\u00A0wiadomości e-mail i\u00A0naciśnij przycisk na wyświetlonej stronie.',
  },
} as const satisfies Record<string, ConfirmPageTexts>;

type ConfirmPageLocale = keyof typeof confirmPageTexts;

/** The language of a locale tag (`cs-CZ` → `cs`) among the page's, else English. */
function confirmPageLocale(tag: string | undefined): ConfirmPageLocale {
  const language = (tag ?? '').toLowerCase().split('-')[0] ?? '';
  return Object.hasOwn(confirmPageTexts, language) ? (language as ConfirmPageLocale) : 'en';
}

/** `j•••@example.com`: enough for the customer to recognise the address, not enough to read it off a shoulder. */
function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '•••';
  return `${Array.from(email.slice(0, at))[0] ?? ''}•••${email.slice(at)}`;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

/** Headers of the page: nothing may run, frame it, cache it, or learn its URL (which holds the token). */
export const confirmPageHeaders = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
} as const;

const styles = `body{margin:0;min-height:100vh;display:grid;place-items:center;font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;background:#f6f6f7}
main{max-width:26rem;margin:1rem;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{font-size:1.25rem;margin:0 0 .75rem}
p{margin:0 0 1.5rem}
p[data-other]{padding:.75rem;border-left:4px solid #b45309;background:#fffbeb}
button{font:inherit;font-weight:600;width:100%;padding:.75rem 1rem;border:0;border-radius:8px;background:#1d4ed8;color:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #93c5fd;outline-offset:2px}
@media (prefers-color-scheme:dark){body{background:#111;color:#eee}main{background:#1c1c1e}p[data-other]{background:#3a2a0a}}`;

function page(lang: ConfirmPageLocale, title: string, main: string, reason?: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)}</title>
<style>
${styles}
</style>
</head>
<body>
<main${reason === undefined ? '' : ` data-reason="${escapeHtml(reason)}"`}>
${main}
</main>
</body>
</html>
`;
}

/** The name of the confirmation form's hidden field that carries its form token. */
export const formTokenField = 'confirm';

/**
 * The page's HTML. The form posts to the page's own URL (no `action`), so the token stays in the
 * address bar's query and is never written into the document. Its hidden field carries the form
 * token, which ties the POST to this page in this browser where the browser sends no usable
 * `Origin` (Safari before 16.4 sends `Origin: null` and no `Sec-Fetch-Site`).
 */
export function renderConfirmPage({
  email,
  locale,
  sameBrowser,
  formToken,
}: {
  email: string;
  locale: string | undefined;
  sameBrowser: boolean;
  formToken: string;
}): string {
  const lang = confirmPageLocale(locale);
  const texts: ConfirmPageTexts = confirmPageTexts[lang];
  const masked = escapeHtml(maskEmail(email));
  const fill = (text: string) => escapeHtml(text).replace('{email}', `<strong>${masked}</strong>`);
  return page(
    lang,
    texts.title,
    `<h1>${fill(texts.question)}</h1>
${sameBrowser ? `<p>${fill(texts.sameBrowser)}</p>` : `<p data-other="">${fill(texts.otherBrowser)}</p>`}
<form method="post"><input type="hidden" name="${formTokenField}" value="${escapeHtml(formToken)}"><button type="submit" autofocus>${escapeHtml(texts.button)}</button></form>`,
  );
}

/**
 * Where a refused confirmation POST lands (a cross-site POST, a missing or wrong form token): a
 * page in the link's language, never a JSON body. `reason` is the refusal's reason, for developers.
 */
export function renderRefusedPage({ locale, reason }: { locale: string | undefined; reason: string }): string {
  const lang = confirmPageLocale(locale);
  const texts: ConfirmPageTexts = confirmPageTexts[lang];
  return page(lang, texts.refusedTitle, `<h1>${escapeHtml(texts.refusedTitle)}</h1>\n<p>${escapeHtml(texts.refused)}</p>`, reason);
}
