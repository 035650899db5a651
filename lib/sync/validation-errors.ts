import { z } from 'zod';

/** Django REST Framework's shape for a 400: offending fields, and `non_field_errors` for the rest. */
export function validationErrors(error: z.ZodError): Record<string, string[]> {
  const { formErrors, fieldErrors } = z.flattenError(error);
  return { ...(fieldErrors as Record<string, string[]>), ...(formErrors.length ? { non_field_errors: formErrors } : {}) };
}
