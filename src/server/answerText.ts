// The text each answer of the handler was built with, kept beside its Response (as `outcomeOf` keeps
// why): the Node mount writes it to the socket as it is, where reading it back out of the Response
// means a web stream, two reads and a timer per answer (@hono/node-server's path for a platform Response).
const texts = new WeakMap<Response, string | null>();

/** `response`, remembered as carrying `text` (null: no body). */
export function withText(response: Response, text: string | null): Response {
  texts.set(response, text);
  return response;
}

/**
 * The text `response` was built with while its body is unread, or undefined for a Response the
 * handler did not build (a wrapper's own), whose body only the Response itself can give.
 */
export function answerText(response: Response): string | null | undefined {
  return response.bodyUsed ? undefined : texts.get(response);
}
