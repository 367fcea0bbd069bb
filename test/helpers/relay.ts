import net from "node:net";

export interface Relay {
  /** `url` with its host and port pointing at the relay. */
  url: string;
  /** Closes the relay and every connection through it: the service is unreachable from then on. */
  cut(): Promise<void>;
}

const DEFAULT_PORTS: Record<string, number> = { "postgres:": 5432, "postgresql:": 5432, "redis:": 6379 };

/** A TCP relay to the server in `url` (Postgres, Redis) that a test can cut, to make it unreachable. */
export async function relayTo(url: string): Promise<Relay> {
  const target = new URL(url);
  const port = Number(target.port) || DEFAULT_PORTS[target.protocol];
  const sockets = new Set<net.Socket>();
  const relay = net.createServer((client) => {
    const upstream = net.connect(port, target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => socket.destroy());
      socket.on("close", () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
  const relayed = new URL(url);
  relayed.hostname = "127.0.0.1";
  relayed.port = String((relay.address() as net.AddressInfo).port);
  return {
    url: relayed.toString(),
    async cut() {
      const closed = new Promise((resolve) => relay.close(resolve));
      sockets.forEach((socket) => socket.destroy());
      await closed;
    },
  };
}
