/**
 * Removes the API key from text an upstream sent back (an error page or proxy may echo request
 * headers) before that text goes into an error message or a log line.
 */
export function scrubSecret(text: string, secret: string): string {
  return secret ? text.split(secret).join('[redacted]') : text;
}

const MAX_DETAIL = 200;

/** A short, key-free summary of an error body: DRF's `detail`, Mayar's `messages`, or the JSON itself. */
export function summariseErrorBody(text: string, secret: string): string | null {
  let summary: string;
  try {
    const body: unknown = JSON.parse(text);
    const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    const message = record.detail ?? record.messages ?? record.message;
    summary = typeof message === 'string' ? message : JSON.stringify(body);
  } catch {
    return null;
  }
  const clean = scrubSecret(summary, secret).trim();
  if (!clean) return null;
  return clean.length > MAX_DETAIL ? `${clean.slice(0, MAX_DETAIL)}…` : clean;
}
