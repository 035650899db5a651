/**
 * One query of the mix under load: autocannon at a fixed number of connections for a fixed time,
 * every response's latency kept (autocannon's own summary has no p95).
 */
import autocannon from 'autocannon';

export interface QueryFigures {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

const WARM_UP_SECONDS = 2;

function load(url: string, headers: Record<string, string>, connections: number, seconds: number, onResponse: (status: number, ms: number) => void) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, headers, connections, duration: seconds }, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on('response', (_client, statusCode, _bytes, responseTime) => onResponse(statusCode, responseTime));
  });
}

export async function measureQuery(url: string, token: string, options: { connections: number; seconds: number }): Promise<QueryFigures> {
  const headers = { authorization: `Token ${token}` };
  const first = await fetch(url, { headers });
  if (first.status !== 200) throw new Error(`${url} answered ${first.status}: ${await first.text()}`);
  // Unmeasured warm-up under the same load: JIT, route compilation, database caches.
  await load(url, headers, options.connections, WARM_UP_SECONDS, () => undefined);
  const latencies: number[] = [];
  let failures = 0;
  const result = await load(url, headers, options.connections, options.seconds, (status, ms) => {
    latencies.push(ms);
    if (status !== 200) failures += 1;
  });
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    perSecond: latencies.length / options.seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    failures: failures + result.errors + result.timeouts,
  };
}
