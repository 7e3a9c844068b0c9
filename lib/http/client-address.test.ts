import { describe, expect, it } from 'vitest';
import { clientAddress, PEER_HEADER } from './client-address';

describe('clientAddress', () => {
  it("takes the socket's peer, never a forwarded address, without a trusted proxy", () => {
    const headers = new Headers({ [PEER_HEADER]: '192.0.2.7', 'x-forwarded-for': '203.0.113.9' });
    expect(clientAddress(headers, false)).toBe('192.0.2.7');
  });

  it('takes the address a trusted proxy appended last, else the peer', () => {
    expect(clientAddress(new Headers({ [PEER_HEADER]: '10.0.0.1', 'x-forwarded-for': '198.51.100.1, 203.0.113.9' }), true)).toBe('203.0.113.9');
    expect(clientAddress(new Headers({ [PEER_HEADER]: '10.0.0.1' }), true)).toBe('10.0.0.1');
  });

  it('reads IPv4 mapped into IPv6 as IPv4, keeps real IPv6, and says unknown when nothing tells', () => {
    expect(clientAddress(new Headers({ [PEER_HEADER]: '::ffff:127.0.0.1' }), false)).toBe('127.0.0.1');
    expect(clientAddress(new Headers({ [PEER_HEADER]: '2001:db8::1' }), false)).toBe('2001:db8::1');
    expect(clientAddress(new Headers(), false)).toBe('unknown');
  });
});
