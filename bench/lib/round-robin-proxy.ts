import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP proxy that hands each new connection to the next backend in turn, as a load balancer without session
 * affinity does. A socket.io connection over the websocket transport is one TCP connection, so it stays on the
 * instance it was given; the HTTP request that created its session may have gone to another one.
 */
export async function startRoundRobinProxy(backends: string[]): Promise<{ url: string; close(): Promise<void> }> {
  const targets = backends.map((u) => new URL(u));
  const open = new Set<Socket>();
  let next = 0;
  const server: Server = createServer((client) => {
    const target = targets[next++ % targets.length]!;
    const upstream = connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      open.add(s);
      s.on('close', () => open.delete(s));
      // either side failing ends both: the client sees a lost connection, never a half-open one
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      for (const s of open) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
