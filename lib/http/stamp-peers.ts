import diagnostics from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { PEER_HEADER } from './client-address';

/**
 * Sets PEER_HEADER on every request this process's HTTP servers receive, before any handler sees
 * it. Next passes route handlers the headers but not the socket, and the X-Forwarded-For it adds
 * keeps a value the client sent itself.
 */
export function stampPeerAddresses(): void {
  diagnostics.subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_HEADER] = socket.remoteAddress ?? 'unknown';
  });
}
