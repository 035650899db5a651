import { describe, expect, it } from 'vitest';
import { clientIp } from '@/lib/auth/client-ip';
import { readTrustedProxyHops } from '@/lib/auth/proxy-settings';

describe('clientIp', () => {
  it('believes no forwarding header without a trusted proxy', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.9', 'x-real-ip': '203.0.113.9' }), 0)).toBeNull();
    expect(clientIp(new Headers({ 'x-real-ip': '2001:db8::1' }), 1)).toBeNull();
  });

  it('takes the entry the outermost trusted proxy appended, whatever the client put to its left', () => {
    // One proxy appended the address it saw; the two entries before it are the client's own writing.
    const spoofed = new Headers({ 'x-forwarded-for': '10.9.9.9, 198.51.100.77 , 203.0.113.9' });
    expect(clientIp(spoofed, 1)).toBe('203.0.113.9');
    // A CDN then a load balancer: the CDN's entry names the client, the last one the CDN.
    expect(clientIp(spoofed, 2)).toBe('198.51.100.77');
    expect(clientIp({ 'x-forwarded-for': ['10.9.9.9', '203.0.113.9, 192.0.2.1'] }, 2)).toBe('203.0.113.9');
    // `next start` itself puts the socket address there when a request carries no header.
    expect(clientIp({ 'x-forwarded-for': '127.0.0.1' }, 1)).toBe('127.0.0.1');
  });

  it('trusts nothing when there are fewer entries than proxies, or none', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.9' }), 2)).toBeNull();
    expect(clientIp(new Headers({ 'x-forwarded-for': ' , ' }), 1)).toBeNull();
    expect(clientIp({ 'x-forwarded-for': undefined }, 1)).toBeNull();
    expect(clientIp(new Headers(), 1)).toBeNull();
  });

  it('bounds what a client can write into the audit log', () => {
    expect(clientIp({ 'x-forwarded-for': 'x'.repeat(500) }, 1)).toHaveLength(64);
  });
});

describe('TRUSTED_PROXY_HOPS', () => {
  it('defaults to 0 and accepts a small whole number', () => {
    expect(readTrustedProxyHops({})).toBe(0);
    expect(readTrustedProxyHops({ TRUSTED_PROXY_HOPS: ' ' })).toBe(0);
    expect(readTrustedProxyHops({ TRUSTED_PROXY_HOPS: '2' })).toBe(2);
  });

  it('refuses anything else, naming the variable', () => {
    expect(() => readTrustedProxyHops({ TRUSTED_PROXY_HOPS: 'yes' })).toThrow(/TRUSTED_PROXY_HOPS must be a whole number/);
    expect(() => readTrustedProxyHops({ TRUSTED_PROXY_HOPS: '11' })).toThrow(/TRUSTED_PROXY_HOPS must be at most 10/);
  });
});
