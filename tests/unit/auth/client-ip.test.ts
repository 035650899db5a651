import { describe, expect, it } from 'vitest';
import { clientIp } from '@/lib/auth/client-ip';

describe('clientIp (trusting the reverse proxy)', () => {
  it('takes the first X-Forwarded-For hop, then X-Real-IP, else null', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': ' 203.0.113.9 , 10.0.0.1', 'x-real-ip': '10.0.0.2' }))).toBe('203.0.113.9');
    expect(clientIp(new Headers({ 'x-real-ip': '2001:db8::1' }))).toBe('2001:db8::1');
    expect(clientIp({ 'x-forwarded-for': ['198.51.100.1, 10.0.0.1'] })).toBe('198.51.100.1');
    expect(clientIp({ 'x-forwarded-for': '', 'x-real-ip': undefined })).toBeNull();
    expect(clientIp(new Headers())).toBeNull();
  });

  it('bounds what a client can write into the audit log', () => {
    expect(clientIp({ 'x-forwarded-for': 'x'.repeat(500) })).toHaveLength(64);
  });
});
