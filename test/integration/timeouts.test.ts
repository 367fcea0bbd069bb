import { lockPapers } from "../helpers/locks";
import { relayTo } from "../helpers/relay";
import { startTestServer, type TestServer } from "../helpers/server";

// Locks, statement_timeout and the connection pool belong to the Postgres server.
const describeOnPostgres = process.env.DATABASE_URL ? describe : describe.skip;

const COUNT_PAPERS = { query: "{ papers { totalCount } }" };

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
      await lock.waitedOnBy(1);
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
