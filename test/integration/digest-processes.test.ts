import { execFile, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { simpleParser } from "mailparser";
import { PROJECT_ROOT } from "../../src/paths";
import { spawnServer } from "../helpers/process";
import { TEST_DIGEST_SECRET } from "../helpers/server";
import { startSmtpServer, type TestSmtpServer } from "../helpers/smtp";
import { until } from "../helpers/until";

const databaseUrl = process.env.DATABASE_URL || undefined;
const DIGEST_CLI = path.join(PROJECT_ROOT, "dist/src/cli/digest.js");
const run = promisify(execFile);

interface SendSummary {
  period: string;
  pending: number;
  SENT: number;
  EMPTY: number;
  LEFT_TO_WORKERS: number;
}

/** `npm run digest -- send --frequency daily`, as its own process; resolves with its summary. */
async function sendDaily(env: Record<string, string>): Promise<SendSummary> {
  const { stdout } = await run(process.execPath, [DIGEST_CLI, "send", "--frequency", "daily"], {
    env: { PATH: process.env.PATH, LOG_LEVEL: "warn", ...env },
  });
  return JSON.parse(stdout.trim().split("\n").pop()!) as SendSummary;
}

interface DigestProcess {
  child: ChildProcess;
  exited: Promise<number | null>;
  /** What it has printed so far. */
  output(): string;
}

function spawnDigest(args: string[], env: Record<string, string>): DigestProcess {
  const child = spawn(process.execPath, [DIGEST_CLI, ...args], {
    env: { PATH: process.env.PATH, LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { child, exited: new Promise((resolve) => child.once("exit", (code) => resolve(code))), output: () => output };
}

(databaseUrl ? describe : describe.skip)("digests sent by several processes (Postgres server)", () => {
  const SUBSCRIBERS = 12;
  let smtp: TestSmtpServer;
  let env: Record<string, string>;

  beforeAll(async () => {
    // Each message is held before the server answers, so a process can be killed mid-send.
    smtp = await startSmtpServer({ delayMs: 150 });
    env = {
      DATABASE_URL: databaseUrl!,
      SMTP_URL: smtp.url,
      MAIL_FROM: "papergraph <digest@papergraph.test>",
      DIGEST_SECRET: TEST_DIGEST_SECRET,
      // Today's period, whatever the hour: what a worker plans at start is the one `send` plans.
      DIGEST_SEND_HOUR_UTC: "0",
      JOBS_POLL_SECONDS: "1",
    };
    const { Client } = await import("pg");
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(
      "TRUNCATE paper, author, repository, app_user, digest_subscription, confirmation_throttle RESTART IDENTITY CASCADE",
    );
    await client.query("DELETE FROM pgboss.job WHERE name LIKE 'digest-%'").catch(() => undefined);
    await client.query(
      "INSERT INTO paper (title, abstract, published_at) VALUES ('A paper for every digest', 'Its abstract.', now())",
    );
    for (let n = 0; n < SUBSCRIBERS; n++) {
      await client.query(
        `INSERT INTO digest_subscription (email, email_key, frequency, topic, topic_key, confirmed_at)
         VALUES ($1, $1, 'DAILY', '{}', '[null,null,null,null]', now() - interval '1 hour')`,
        [`reader${n}@example.com`],
      );
    }
    await client.end();
  });
  afterAll(() => smtp.close());

  it("sends each subscriber one digest when two processes send at once and one is killed mid-run", async () => {
    const first = spawnDigest(["send", "--frequency", "daily"], env);
    const second = spawnDigest(["send", "--frequency", "daily"], env);
    await until("the first digests", () => smtp.messages.length >= 3, 30_000);
    // Kill one while both wait on the mail server's answer to a message: each sends one at a
    // time, so neither is between an answer and recording it. (Killed there, a process would
    // send that digest again, as README "Schedule, and sending exactly once" says.)
    const release = smtp.holdReplies();
    await until("both processes waiting on an answer", () => smtp.held === 2, 30_000);
    first.child.kill("SIGKILL");
    expect(await first.exited).toBeNull();
    release();
    expect(await second.exited).toBe(0);

    // A queue worker takes what the killed process left, from the delivery jobs the plan queued.
    const worker = spawnDigest(["work"], { ...env, LOG_LEVEL: "info" });
    await until("the worker", () => worker.output().includes("digest worker started"), 30_000);
    await until("every subscriber's digest", () => smtp.messages.length >= SUBSCRIBERS, 30_000);
    worker.child.kill("SIGTERM");
    expect(await worker.exited).toBe(0);

    const again = await sendDaily(env);
    expect(again).toMatchObject({ pending: 0, SENT: 0 });
    const perAddress = new Map<string, number>();
    for (const mail of smtp.messages) perAddress.set(mail.envelopeTo[0], (perAddress.get(mail.envelopeTo[0]) ?? 0) + 1);
    expect(perAddress.size).toBe(SUBSCRIBERS);
    expect([...perAddress.values()].every((count) => count === 1)).toBe(true);
  });
});

(databaseUrl ? describe.skip : describe)("the embedded walk-through: npm start, subscribe, confirm, digest", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "papergraph-digest-"));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  const outbox = path.join(dataDir, "outbox");
  const emails = () => (fs.existsSync(outbox) ? fs.readdirSync(outbox).sort() : []);

  it("writes the confirmation and then the digest to DATA_DIR/outbox", async () => {
    const server = await spawnServer({ DATA_DIR: dataDir, JOBS_POLL_SECONDS: "1" });
    try {
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: 'mutation { subscribeToDigest(input: { email: "me@example.com", frequency: DAILY }) { message } }',
        }),
      });
      expect(response.status).toBe(200);
      await until("the confirmation in the outbox", () => emails().length === 1, 30_000);
      // The file can appear before the server's log line is read from its stdout.
      await until(
        "the outbox log line",
        () => server.logs.some((line) => line.includes("mail written to the outbox")),
        10_000,
      );
      const confirmation = await simpleParser(fs.readFileSync(path.join(outbox, emails()[0])));
      const link = /http:\/\/localhost:\d+\/digest\/confirm\?token=[\w.-]+/.exec(confirmation.text ?? "")![0];
      const confirmed = await fetch(`${new URL(link).origin}/digest/confirm`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ token: new URL(link).searchParams.get("token")! }),
      });
      expect(confirmed.status).toBe(200);
    } finally {
      server.child.kill("SIGTERM");
      await server.exited;
    }

    const sent = await sendDaily({ DATA_DIR: dataDir });
    expect(sent).toMatchObject({ pending: 1, SENT: 1 });
    expect(emails()).toHaveLength(2);
    const digest = await simpleParser(fs.readFileSync(path.join(outbox, emails()[1])));
    expect(digest.subject).toMatch(/^papergraph daily: 10 trending papers/);
    expect(digest.html).toContain("/digest/unsubscribe?token=");
    expect(await sendDaily({ DATA_DIR: dataDir })).toMatchObject({ pending: 0, SENT: 0 });
    expect(emails()).toHaveLength(2);
  });
});
