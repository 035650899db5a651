/** What the sign-in form may show. One generic failure message, so it never reveals which emails exist. */
export const INVALID_CREDENTIALS = 'Invalid email or password.';

export function tooManyAttemptsMessage(minutes: number): string {
  return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

/** NextAuth passes our thrown message through as `error`; anything else becomes the generic one. */
export function signInErrorMessage(error: string | null | undefined): string {
  if (error && /^Too many attempts\. Try again in \d+ minutes?\.$/.test(error)) return error;
  return INVALID_CREDENTIALS;
}
