const apiKeyPattern = /\b(PROD|DEV_|ROOT)[A-Za-z0-9]{28}\b/g;
const tokenPattern = /\b[A-Za-z0-9]{32}\b/g;

/** Removes anything shaped like an API key, identityId or one-time token from a text meant for logs. */
export function redact(text: string): string {
  return text.replace(apiKeyPattern, '$1…').replace(tokenPattern, '[redacted]');
}
