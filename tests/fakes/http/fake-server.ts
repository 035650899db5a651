import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extraLatency, takeFault, type Faults, type ResponseFault } from './faults';

export interface FakeResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface LoggedRequest {
  number: number;
  path: string;
  params: Record<string, string>;
  status: number;
  fault: ResponseFault | null;
}

export interface PageHookContext {
  requestNumber: number;
  path: string;
  params: URLSearchParams;
}
export type PageHook = (context: PageHookContext) => void | Promise<void>;

export interface FakeRoutes {
  /** A 429 when the caller is over the upstream's own rate limit, else null; asked before anything else. */
  throttle?(request: IncomingMessage): FakeResponse | null;
  /** An error answer when the credentials are not accepted, else null. */
  authenticate(request: IncomingMessage): FakeResponse | null;
  /** The real answer, or null for an unknown path. */
  answer(url: URL, request: IncomingMessage): FakeResponse | null;
  notFound: FakeResponse;
  errorBody(status: number): unknown;
}

export interface FakeServer {
  url: string;
  faults: Faults;
  requests: LoggedRequest[];
  onBeforePage(hook: PageHook): void;
  close(): Promise<void>;
}

function send(response: ServerResponse, { status, body, headers }: FakeResponse) {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), ...headers });
  response.end(text);
}

function sendTruncated(response: ServerResponse, body: unknown) {
  const text = Buffer.from(JSON.stringify(body));
  response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': text.length });
  response.write(text.subarray(0, Math.floor(text.length / 2)), () => response.destroy());
}

function sendMalformed(response: ServerResponse) {
  const text = '{"statusCode":200,"messages":"success","data":[{"id": oops';
  response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The HTTP side both fakes share: request log, latency, faults and page hooks around their routes. */
export async function startFakeServer(routes: FakeRoutes, faults: Faults, port = 0): Promise<FakeServer> {
  const requests: LoggedRequest[] = [];
  const hooks: PageHook[] = [];
  let count = 0;

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const number = ++count;
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? '127.0.0.1'}`);
    const log = (status: number, fault: ResponseFault | null = null) =>
      requests.push({ number, path: url.pathname, params: Object.fromEntries(url.searchParams), status, fault });
    const latency = (faults.latencyMs ?? 0) + extraLatency(faults, number);
    if (latency) await sleep(latency);

    const denied = routes.throttle?.(request) ?? routes.authenticate(request);
    if (denied) {
      send(response, denied);
      return log(denied.status);
    }

    const fault = takeFault(faults, number);
    if (fault === 'rate_limit' || fault === 'server_error') {
      const trigger = fault === 'rate_limit' ? faults.rateLimit : faults.serverError;
      const status = fault === 'rate_limit' ? 429 : (faults.serverError?.status ?? 500);
      const headers: Record<string, string> = trigger?.retryAfter === undefined ? {} : { 'Retry-After': trigger.retryAfter };
      send(response, { status, body: routes.errorBody(status), headers });
      return log(status, fault);
    }
    if (fault === 'error_in_ok_body') {
      send(response, { status: 200, body: routes.errorBody(faults.errorInOkBody?.status ?? 500) });
      return log(200, fault);
    }

    for (const hook of hooks) await hook({ requestNumber: number, path: url.pathname, params: url.searchParams });
    const answer = routes.answer(url, request) ?? routes.notFound;
    if (answer.status === 200 && fault === 'malformed_json') sendMalformed(response);
    else if (answer.status === 200 && fault === 'truncated_body') sendTruncated(response, answer.body);
    else send(response, answer);
    log(answer.status, answer.status === 200 ? fault : null);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, { status: 500, body: { detail: String(error) } });
      else response.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actualPort } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${actualPort}`,
    faults,
    requests,
    onBeforePage: (hook) => void hooks.push(hook),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
