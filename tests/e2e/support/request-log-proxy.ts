import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the browser sent through the proxy: its method and absolute address (or `host:port` for CONNECT). */
export interface LoggedRequest {
  method: string;
  url: string;
}

/**
 * An HTTP proxy on 127.0.0.1 that logs every request a browser sends through it and forwards
 * only those to `allowedOrigin` (the fixture server); anything else — another host, any HTTPS
 * tunnel — is logged and refused. With the browser's traffic, loopback included, routed through
 * it, the log is every network request of the session: the page's own and anyone else's.
 */
export async function startRequestLogProxy(allowedOrigin: string): Promise<{
  port: number;
  requests: LoggedRequest[];
  close(): Promise<void>;
}> {
  const allowed = new URL(allowedOrigin);
  const requests: LoggedRequest[] = [];
  const server = createServer((incoming, outgoing) => {
    const url = incoming.url ?? '';
    requests.push({ method: incoming.method ?? 'GET', url });
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      outgoing.writeHead(400).end();
      return;
    }
    if (target.host !== allowed.host) {
      outgoing.writeHead(403).end();
      return;
    }
    const forwarded = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: incoming.method,
        headers: incoming.headers,
      },
      (response) => {
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.on('error', ignoreSocketError);
        response.pipe(outgoing);
      },
    );
    forwarded.on('error', () => {
      if (!outgoing.headersSent) outgoing.writeHead(502);
      outgoing.end();
    });
    // A browser may drop a connection at any point (a tab closed, the session ending): a reset
    // socket must not become an uncaught error of the test run.
    incoming.on('error', ignoreSocketError);
    outgoing.on('error', ignoreSocketError);
    incoming.pipe(forwarded);
  });
  server.on('connect', (incoming, socket) => {
    requests.push({ method: 'CONNECT', url: incoming.url ?? '' });
    socket.on('error', ignoreSocketError);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Drops an error of a connection the browser reset or closed (ECONNRESET, EPIPE): nothing to log. */
function ignoreSocketError(): void {}
