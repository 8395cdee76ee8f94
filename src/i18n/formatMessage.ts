/** Values a message placeholder can take. */
export type MessageParams = Readonly<Record<string, string | number>>;

const placeholder = /\{([A-Za-z_$][\w$.-]*)\}/g;

/**
 * Fills the `{name}` placeholders of a catalog message.
 * A placeholder without a value in `params` is left as it is, so a missing value is
 * visible instead of silently vanishing; values are inserted literally (no `$&` patterns).
 *
 * @example formatMessage('We sent a link to {email}.', { email: 'jan@example.com' })
 */
export function formatMessage(template: string, params?: MessageParams): string {
  if (params === undefined) return template;
  return template.replace(placeholder, (match: string, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : match,
  );
}
