import { describe, expect, it } from 'vitest';
import { publicUrl } from './responses';

describe('publicUrl', () => {
  it('uses the Host header the client sent', () => {
    const request = new Request('http://localhost:3000/api/reports', { headers: { host: '127.0.0.1:3000' } });
    expect(publicUrl(request, '/reports/abc', false)).toBe('http://127.0.0.1:3000/reports/abc');
  });

  it('takes the forwarded host and scheme only from a trusted reverse proxy', () => {
    const request = new Request('http://localhost:3000/api/reports', {
      headers: { host: 'localhost:3000', 'x-forwarded-host': 'desk.example.com', 'x-forwarded-proto': 'https' },
    });
    expect(publicUrl(request, '/reports/abc', true)).toBe('https://desk.example.com/reports/abc');
    expect(publicUrl(request, '/reports/abc', false)).toBe('http://localhost:3000/reports/abc');
  });
});
