const apiKeyPattern = /(PROD|DEV_|ROOT)[A-Za-z0-9]{28,}/g;
// No \b: it does not split on `_`, so `token_<32 chars>` kept its token.
const tokenPattern = /[A-Za-z0-9]{32,}/g;
const emailPattern = /[^\s@"'<>()[\]{},;:]+@[^\s@"'<>()[\]{},;:]+/g;

/** How much of a server's text a `BizKitHubError` keeps. */
const maxServerMessageLength = 300;

/**
 * Makes a server's text safe for logs: anything shaped like an API key, identityId or one-time
 * token, and every e-mail address, is replaced, and the text is cut to `maxLength` characters.
 */
export function redact(text: string, maxLength = maxServerMessageLength): string {
  // Cut before the patterns run (a 1 MB message costs nothing), dropping the word the cut went
  // through (it could be the start of a key), and cut again after the patterns shortened it.
  const head = text.length > maxLength * 4 ? text.slice(0, maxLength * 4).replace(/\S*$/, '') : text;
  const cleaned = head
    .replace(apiKeyPattern, '$1…')
    .replace(tokenPattern, '[redacted]')
    .replace(emailPattern, '[e-mail]');
  return cleaned.length > maxLength ? `${cleaned.slice(0, maxLength)}…` : cleaned;
}
