/**
 * The header the server sets on every request to the address of the socket it came from
 * (instrumentation.ts, through Node's `http.server.request.start` channel). It replaces whatever a
 * client sent under that name, so unlike X-Forwarded-For it cannot be made up.
 */
export const PEER_HEADER = 'x-release-desk-peer';

/**
 * Who a request comes from, for rate limits: behind a trusted proxy (TRUST_PROXY) the address it
 * appended last to X-Forwarded-For, else the socket's peer. IPv4 inside IPv6 reads as IPv4.
 */
export function clientAddress(headers: Headers, trustProxy: boolean): string {
  const forwarded = trustProxy ? headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() : undefined;
  const address = forwarded || headers.get(PEER_HEADER) || 'unknown';
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
}
