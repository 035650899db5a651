/**
 * npm run fake:mayar -- [--port 4010] [--size 1000] [--seed 1] [--key …]
 *   [--page-size-override 12] [--max-page-size N] [--spelling updatedAt|updateAt|mixed] [--rate-limit 20]
 *   [--latency ms] [--rate-limit-every N] [--retry-after s] [--error-every N] [--endless]
 * Serves the fake Mayar Headless API until Ctrl-C; point MAYAR_API_BASE_URL / MAYAR_API_KEY at it.
 * --rate-limit N enforces N requests a minute per IP, as Mayar does (20); off by default, because
 * the sync benchmark runs this fake unpaced.
 */
import { parseArgs } from 'node:util';
import { startMayarFake } from '@/tests/fakes/mayar/start-mayar-fake';
import type { MayarSpelling } from '@/tests/fakes/mayar/mayar-routes';
import { faultsFromFlags, FAULT_FLAGS, numberFlag, stopOnSignal } from './fake-flags';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    size: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    key: { type: 'string' },
    'page-size-override': { type: 'string' },
    'max-page-size': { type: 'string' },
    spelling: { type: 'string', default: 'updatedAt' },
    'rate-limit': { type: 'string', default: '0' },
    ...FAULT_FLAGS,
  },
});

if (!['updatedAt', 'updateAt', 'mixed'].includes(values.spelling)) throw new Error('--spelling must be updatedAt, updateAt or mixed');
const rateLimit = numberFlag(values['rate-limit'], 'rate-limit');

const fake = await startMayarFake({
  port: numberFlag(values.port, 'port'),
  size: numberFlag(values.size, 'size'),
  seed: numberFlag(values.seed, 'seed'),
  apiKey: values.key,
  pageSizeOverride: values['page-size-override'] ? numberFlag(values['page-size-override'], 'page-size-override') : undefined,
  maxPageSize: values['max-page-size'] ? numberFlag(values['max-page-size'], 'max-page-size') : undefined,
  spelling: values.spelling as MayarSpelling,
  faults: faultsFromFlags(values),
  rateLimit: rateLimit ? { perMinute: rateLimit } : undefined,
});

console.log(`Fake Mayar with ${fake.dataset.size} customers at ${fake.url}${rateLimit ? `, ${rateLimit} requests a minute per IP` : ''}`);
console.log(`  MAYAR_API_BASE_URL=${fake.url}`);
console.log(`  MAYAR_API_KEY=${fake.apiKey}`);
console.log(`  try: curl -H 'Authorization: Bearer ${fake.apiKey}' '${fake.url}/hl/v1/customer?page=1&pageSize=10'`);
stopOnSignal(fake);
