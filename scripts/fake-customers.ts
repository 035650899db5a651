/**
 * npm run fake:customers -- [--port 4020] [--size 1000] [--seed 1] [--key …] [--non-staff-key …]
 *   [--latency ms] [--rate-limit-every N] [--retry-after s] [--error-every N] [--endless]
 * Serves the fake customer service (GET /api/customers) until Ctrl-C; point CUSTOMERS_API_BASE_URL /
 * CUSTOMERS_API_KEY at it. Its clock runs from now, so customers with recent token use show as online.
 */
import { parseArgs } from 'node:util';
import { startCustomerServiceFake } from '@/tests/fakes/customer-service/start-customer-service-fake';
import { faultsFromFlags, FAULT_FLAGS, numberFlag, stopOnSignal } from './fake-flags';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4020' },
    size: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    key: { type: 'string' },
    'non-staff-key': { type: 'string', multiple: true },
    ...FAULT_FLAGS,
  },
});

const fake = await startCustomerServiceFake({
  port: numberFlag(values.port, 'port'),
  size: numberFlag(values.size, 'size'),
  seed: numberFlag(values.seed, 'seed'),
  apiKey: values.key,
  nonStaffKeys: values['non-staff-key'],
  now: new Date(),
  ticking: true,
  faults: faultsFromFlags(values),
});

console.log(`Fake customer service with ${fake.dataset.size} customers at ${fake.url}`);
console.log(`  CUSTOMERS_API_BASE_URL=${fake.url}`);
console.log(`  CUSTOMERS_API_KEY=${fake.apiKey}`);
console.log(`  try: curl -H 'Authorization: Token ${fake.apiKey}' '${fake.url}/api/customers?limit=5&ordering=-updated_at'`);
stopOnSignal(fake);
