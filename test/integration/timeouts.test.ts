import net from "node:net";
import { Client } from "pg";
import { startTestServer, type TestServer } from "../helpers/server";

// Locks, statement_timeout and the connection pool belong to the Postgres server.
const describeOnPostgres = process.env.DATABASE_URL ? describe : describe.skip;

const COUNT_PAPERS = { query: "{ papers { totalCount } }" };

/** Holds an exclusive lock on `paper`, so any read of it waits, until `release`. */
async function lockPapers(): Promise<{ release(): Promise<void> }> {
  const locker = new Client({ connectionString: process.env.DATABASE_URL });
  await locker.connect();
  await locker.query("BEGIN");
  await locker.query("LOCK TABLE paper IN ACCESS EXCLUSIVE MODE");
  return {
    async release() {
      await locker.query("ROLLBACK");
      await locker.end();
    },
  };
}

/** A TCP relay to the Postgres server that can be cut, to make the database unreachable. */
async function relayTo(databaseUrl: string): Promise<{ url: string; cut(): Promise<void> }> {
  const target = new URL(databaseUrl);
  const sockets = new Set<net.Socket>();
  const relay = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => socket.destroy());
      socket.on("close", () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String((relay.address() as net.AddressInfo).port);
  return {
    url: url.toString(),
    async cut() {
      const closed = new Promise((resolve) => relay.close(resolve));
      sockets.forEach((socket) => socket.destroy());
      await closed;
    },
  };
}

describeOnPostgres("time and resource limits", () => {
  test("a statement past STATEMENT_TIMEOUT_MS fails with TIMEOUT, and the server goes on", async () => {
    const t = await startTestServer({ STATEMENT_TIMEOUT_MS: "300" });
    const lock = await lockPapers();
    try {
      const response = await t.post(COUNT_PAPERS);
      expect(response.errors).toEqual([
        expect.objectContaining({ extensions: { code: "TIMEOUT" }, message: expect.stringMatching(/time limit/) }),
      ]);
      expect(JSON.stringify(response.errors)).not.toMatch(/canceling|statement_timeout|SELECT/);
    } finally {
      await lock.release();
    }
    expect((await t.post(COUNT_PAPERS)).data).toEqual({ papers: { totalCount: 0 } });
    await t.close();
  });

  test("a request past REQUEST_TIMEOUT_MS gets 503 and TIMEOUT, while the statement still waits", async () => {
    const t = await startTestServer({ REQUEST_TIMEOUT_MS: "300", STATEMENT_TIMEOUT_MS: "20000" });
    const lock = await lockPapers();
    try {
      const startedAt = Date.now();
      const response = await t.post(COUNT_PAPERS);
      expect(response.status).toBe(503);
      expect(response.errors?.[0].extensions?.code).toBe("TIMEOUT");
      expect(Date.now() - startedAt).toBeLessThan(5000);
    } finally {
      await lock.release();
    }
    // The late answer is dropped; the next request is served on a healthy connection.
    expect((await t.post(COUNT_PAPERS)).data).toEqual({ papers: { totalCount: 0 } });
    await t.close();
  });

  test("with every pooled connection busy, a request fails fast with SERVICE_UNAVAILABLE", async () => {
    const t = await startTestServer({
      DATABASE_POOL_SIZE: "1",
      DATABASE_POOL_TIMEOUT_MS: "200",
      STATEMENT_TIMEOUT_MS: "20000",
    });
    await t.quiesce();
    const lock = await lockPapers();
    let holder: ReturnType<TestServer["post"]> | undefined;
    try {
      holder = t.post(COUNT_PAPERS); // takes the only connection and waits on the lock
      await new Promise((resolve) => setTimeout(resolve, 100));
      const startedAt = Date.now();
      const starved = await t.post({ query: "{ authors { totalCount } }" });
      expect(starved.errors).toEqual([
        expect.objectContaining({
          extensions: { code: "SERVICE_UNAVAILABLE" },
          message: expect.stringMatching(/busy/),
        }),
      ]);
      expect(Date.now() - startedAt).toBeLessThan(5000);
    } finally {
      await lock.release();
    }
    expect((await holder).data).toEqual({ papers: { totalCount: 0 } });
    await t.close();
  });

  test("with Postgres unreachable, clients get a masked error and the log has it all", async () => {
    const relay = await relayTo(process.env.DATABASE_URL!);
    const logs: object[] = [];
    const t = await startTestServer({ DATABASE_URL: relay.url }, { logs });
    await t.quiesce();
    await relay.cut();

    const response = await t.post(COUNT_PAPERS);
    const requestId = response.headers.get("x-request-id");
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: "Internal server error",
        extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
      }),
    ]);
    const body = JSON.stringify(response);
    expect(body).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|terminated|connect|stack|postgres/i);
    expect(logs).toContainEqual(
      expect.objectContaining({
        level: 50,
        requestId,
        msg: "request failed",
        err: expect.objectContaining({ stack: expect.any(String) }),
      }),
    );
    expect((await fetch(`${t.origin}/readyz`)).status).toBe(503);
    await t.close();
  });
});
