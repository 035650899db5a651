import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * `npm run fake:mayar` / `npm run fake:customers` as a person (or bench:sync) runs them: a separate
 * process that prints where it listens and with which key, then serves until SIGTERM.
 */
const TSX = ['--import', 'tsx/esm', '--conditions=react-server'];
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

interface RunningFake {
  child: ChildProcess;
  baseUrl: string;
  apiKey: string;
  output: () => string;
  stop: () => Promise<number | null>;
}

async function startCli(script: string, args: string[]): Promise<RunningFake> {
  const child = spawn(process.execPath, [...TSX, script, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      if (/_API_KEY=\S+\n/.test(stdout)) resolve();
    });
    void exited.then((code) => reject(new Error(`${script} exited with ${code} before printing its address:\n${stdout}${stderr}`)));
  });
  return {
    child,
    baseUrl: /_API_BASE_URL=(\S+)/.exec(stdout)![1]!,
    apiKey: /_API_KEY=(\S+)/.exec(stdout)![1]!,
    output: () => stdout,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

describe('fake upstream command lines', () => {
  it('fake:mayar prints its address and key, serves pages with that key, enforces --rate-limit and stops on SIGTERM', async () => {
    const fake = await startCli('scripts/fake-mayar.ts', ['--size', '30', '--key', 'cli-mayar-key', '--rate-limit', '3']);
    expect(fake.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(fake.apiKey).toBe('cli-mayar-key');
    expect(fake.output()).toContain(`Fake Mayar with 30 customers at ${fake.baseUrl}, 3 requests a minute per IP`);

    const page = (authorization: string) => fetch(`${fake.baseUrl}/hl/v1/customer?page=1&pageSize=10`, { headers: { Authorization: authorization } });
    const ok = await page(`Bearer ${fake.apiKey}`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ statusCode: 200, hasMore: true, pageCount: 3, totalCustomer: 30, data: expect.any(Array) });
    const wrongKey = await page('Bearer nope');
    expect([wrongKey.status, await wrongKey.json()]).toEqual([401, { statusCode: 401, messages: 'Unauthorized' }]);
    expect((await page(`Bearer ${fake.apiKey}`)).status).toBe(200);
    const limited = await page(`Bearer ${fake.apiKey}`);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(50);

    expect(await fake.stop()).toBe(0);
    expect(fake.output()).toContain('SIGTERM: stopping the fake');
  }, 60_000);

  it('fake:customers prints its address and key and serves DRF pages to `Token <key>` only', async () => {
    const fake = await startCli('scripts/fake-customers.ts', ['--size', '25', '--key', 'cli-service-key']);
    expect(fake.apiKey).toBe('cli-service-key');

    const url = `${fake.baseUrl}/api/customers?limit=5&ordering=id`;
    const ok = await fetch(url, { headers: { Authorization: `Token ${fake.apiKey}` } });
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { count: number; next: string; results: { id: number }[] };
    expect(body.count).toBe(25);
    expect(body.results.map((row) => row.id)).toEqual([1, 2, 3, 4, 5]);
    expect(body.next).toBe(`${fake.baseUrl}/api/customers?limit=5&ordering=id&offset=5`);
    expect((await fetch(url)).status).toBe(401);

    expect(await fake.stop()).toBe(0);
  }, 60_000);
});
