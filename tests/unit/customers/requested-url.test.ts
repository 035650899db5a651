import { describe, expect, it } from 'vitest';
import { requestedUrl } from '@/lib/customers/api/requested-url';

// What `next start` hands a route handler: its own bind address, whatever the client called.
const NEXT_URL = 'http://localhost:3000/api/customers?limit=10';
const request = (headers: Record<string, string>) => new Request(NEXT_URL, { headers });

describe('requestedUrl', () => {
  it('takes the host the client called from the Host header', () => {
    expect(requestedUrl(request({ host: 'hub.example.com:8443' }), 0).href).toBe('http://hub.example.com:8443/api/customers?limit=10');
  });

  it('ignores forwarding headers without a trusted proxy', () => {
    const url = requestedUrl(request({ host: 'hub.example.com', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }), 0);
    expect(url.origin).toBe('http://hub.example.com');
  });

  it('behind trusted proxies, believes the host and scheme the outermost one wrote', () => {
    const headers = { host: '10.0.0.5:3000', 'x-forwarded-host': 'spoofed.example, hub.example.com', 'x-forwarded-proto': 'http, https' };
    expect(requestedUrl(request(headers), 1).origin).toBe('https://hub.example.com');
    expect(requestedUrl(request(headers), 2).origin).toBe('http://spoofed.example');
  });

  it("keeps Next's address when the headers say nothing usable", () => {
    expect(requestedUrl(request({}), 0).href).toBe(NEXT_URL);
    expect(requestedUrl(request({ host: 'bad host/with space' }), 0).origin).toBe('http://localhost:3000');
    expect(requestedUrl(request({ host: 'hub.example.com', 'x-forwarded-proto': 'gopher' }), 1).href).toBe('http://hub.example.com/api/customers?limit=10');
  });
});
