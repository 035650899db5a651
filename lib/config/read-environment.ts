/**
 * Settings come from the environment, validated once at the edge: a blank value means unset,
 * numbers are whole and bounded, and a bad value stops the process with one error naming every
 * offending variable and what it held (never the value of a secret).
 */
import { z } from 'zod';

type Environment = Record<string, string | undefined>;

export const unsetWhenBlank = (value: unknown) => (typeof value === 'string' ? value.trim() || undefined : value);

export function wholeNumberSetting(min: number, max: number, fallback: number) {
  return z
    .preprocess(
      unsetWhenBlank,
      z
        .string()
        .regex(/^\d+$/, 'must be a whole number')
        .transform(Number)
        .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
        .optional(),
    )
    .transform((value) => value ?? fallback);
}

export class ConfigurationError extends Error {
  constructor(what: string, problems: string[]) {
    super(`Invalid ${what} configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

export function readEnvironment<Schema extends z.ZodType>(
  schema: Schema,
  env: Environment,
  options: { what: string; secrets?: ReadonlySet<string> },
): z.output<Schema> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    const got = options.secrets?.has(name) ? '' : ` (got ${JSON.stringify(env[name])})`;
    return `${name} ${issue.message}${got}`;
  });
  throw new ConfigurationError(options.what, problems);
}
