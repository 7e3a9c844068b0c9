import { describe, expect, it } from 'vitest';
import { publicUrl } from './responses';

describe('publicUrl', () => {
  it('uses the Host header the client sent', () => {
    const request = new Request('http://localhost:3000/api/reports', { headers: { host: '127.0.0.1:3000' } });
    expect(publicUrl(request, '/reports/abc')).toBe('http://127.0.0.1:3000/reports/abc');
  });

  it('prefers the forwarded host and scheme of a reverse proxy', () => {
    const request = new Request('http://localhost:3000/api/reports', {
      headers: { host: 'localhost:3000', 'x-forwarded-host': 'desk.example.com', 'x-forwarded-proto': 'https' },
    });
    expect(publicUrl(request, '/reports/abc')).toBe('https://desk.example.com/reports/abc');
  });
});
