/** Command-line flags both fake servers share (scripts/fake-mayar.ts, scripts/fake-customers.ts). */
import type { Faults } from '@/tests/fakes/http/faults';

export const FAULT_FLAGS = {
  latency: { type: 'string' },
  'rate-limit-every': { type: 'string' },
  'retry-after': { type: 'string', default: '1' },
  'error-every': { type: 'string' },
  endless: { type: 'boolean', default: false },
} as const;

interface FaultFlagValues {
  latency?: string;
  'rate-limit-every'?: string;
  'retry-after'?: string;
  'error-every'?: string;
  endless?: boolean;
}

export function numberFlag(value: string, name: string): number {
  if (!/^\d+$/.test(value)) throw new Error(`--${name} must be a whole number, got "${value}"`);
  return Number(value);
}

export function faultsFromFlags(values: FaultFlagValues): Faults {
  const every = (flag: keyof FaultFlagValues & string) => {
    const value = values[flag];
    return typeof value === 'string' ? numberFlag(value, flag) : undefined;
  };
  const rateLimitEvery = every('rate-limit-every');
  const errorEvery = every('error-every');
  return {
    latencyMs: every('latency'),
    rateLimit: rateLimitEvery ? { every: rateLimitEvery, retryAfter: values['retry-after'] } : undefined,
    serverError: errorEvery ? { every: errorEvery, status: 503 } : undefined,
    endlessPages: values.endless,
  };
}

export function stopOnSignal(fake: { close(): Promise<void> }) {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.log(`\n${signal}: stopping the fake`);
      void fake.close().then(() => process.exit(0));
    });
  }
}
