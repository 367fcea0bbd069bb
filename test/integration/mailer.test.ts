import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import pino from "pino";
import { createMailer, MailSendError, type Mailer, type OutgoingMail } from "../../src/mail/mailer";
import { REFUSED_DOMAIN, startSmtpServer, type TestSmtpServer } from "../helpers/smtp";

const FROM = "papergraph <digest@papergraph.example>";
const silent = pino({ level: "silent" });

const mail = (overrides: Partial<OutgoingMail> = {}): OutgoingMail => ({
  to: "reader@example.org",
  subject: "papergraph daily: 2 trending papers, 30 November 2026",
  text: "1. a < b\nhttps://arxiv.org/abs/2006.11239\n",
  html: '<ol><li><a href="https://arxiv.org/abs/2006.11239">a &lt; b</a></li></ol>',
  messageId: "digest.12.2026-11-30@papergraph",
  headers: {
    "List-Unsubscribe": "<https://papergraph.example/digests/unsubscribe?token=u1>",
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  },
  ...overrides,
});

/** A header field as sent, unfolded; mailparser folds the List-* fields into one `list` object. */
function headerLine(parsed: ParsedMail, name: string): string | undefined {
  return parsed.headerLines.find(({ key }) => key === name.toLowerCase())?.line.replace(/\r?\n[ \t]+/g, " ");
}

/** The error `promise` rejects with. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

describe("through SMTP", () => {
  let smtp: TestSmtpServer;
  let mailer: Mailer;

  beforeEach(async () => {
    smtp = await startSmtpServer();
    mailer = createMailer({ smtpUrl: smtp.url, from: FROM, outboxDir: "unused", logger: silent });
  });

  afterEach(async () => {
    mailer.close();
    await smtp.close();
  });

  test("a message arrives with a text and an HTML part, its Message-ID and its List-Unsubscribe headers", async () => {
    await mailer.send(mail());
    const [received] = await smtp.waitForMessages(1);
    expect(received.envelopeTo).toEqual(["reader@example.org"]);
    expect(received.raw).toMatch(/^Content-Type: multipart\/alternative;/m);
    expect(received.raw).toMatch(/^Message-ID: <digest\.12\.2026-11-30@papergraph>\r$/m);
    expect(received.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r$/m);
    const { parsed } = received;
    expect(parsed.messageId).toBe("<digest.12.2026-11-30@papergraph>");
    expect(parsed.subject).toBe("papergraph daily: 2 trending papers, 30 November 2026");
    expect(parsed.from?.value).toEqual([{ name: "papergraph", address: "digest@papergraph.example" }]);
    expect(parsed.text).toBe("1. a < b\nhttps://arxiv.org/abs/2006.11239\n");
    expect(parsed.html).toBe('<ol><li><a href="https://arxiv.org/abs/2006.11239">a &lt; b</a></li></ol>');
    expect(headerLine(parsed, "List-Unsubscribe")).toBe(
      "List-Unsubscribe: <https://papergraph.example/digests/unsubscribe?token=u1>",
    );
    expect(headerLine(parsed, "List-Unsubscribe-Post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
  });

  test("a non-ASCII subject arrives as written", async () => {
    await mailer.send(mail({ subject: "papergraph daily: 1 trending paper, 30 novembre 2026 — Grüße" }));
    const [received] = await smtp.waitForMessages(1);
    expect(received.parsed.subject).toBe("papergraph daily: 1 trending paper, 30 novembre 2026 — Grüße");
  });

  test("a 451 reply is a temporary failure, and the same message goes through on the next try", async () => {
    smtp.failNext(1);
    const error = await rejection(mailer.send(mail()));
    expect(error).toBeInstanceOf(MailSendError);
    expect(error).toMatchObject({ permanent: false, responseCode: 451 });
    expect(smtp.messages).toHaveLength(0);

    await mailer.send(mail());
    const [received] = await smtp.waitForMessages(1);
    expect(received.parsed.messageId).toBe("<digest.12.2026-11-30@papergraph>");
  });

  test("a recipient refused with 550 is a permanent failure", async () => {
    const error = await rejection(mailer.send(mail({ to: `someone@${REFUSED_DOMAIN}` })));
    expect(error).toBeInstanceOf(MailSendError);
    expect(error).toMatchObject({ permanent: true, responseCode: 550 });
    expect(smtp.messages).toHaveLength(0);
  });

  test.each<[string, Partial<OutgoingMail>]>([
    ["a CR LF in the subject", { subject: "Hello\r\nBcc: victim@example.org" }],
    ["a bare LF in the subject", { subject: "Hello\nBcc: victim@example.org" }],
    ["a LF in a header value", { headers: { "List-Unsubscribe": "<https://x.example/u>\nBcc: victim@example.org" } }],
    ["a colon in a header name", { headers: { "X-A: b\r\nBcc": "victim@example.org" } }],
    ["a CR LF in the recipient", { to: "reader@example.org\r\nBcc: victim@example.org" }],
    ["two recipients", { to: "reader@example.org, victim@example.org" }],
    ["a Message-ID with brackets", { messageId: "<digest.1@papergraph>" }],
    ["a Message-ID with a line break", { messageId: "digest.1@papergraph\r\nBcc: victim@example.org" }],
  ])("%s is refused before anything is sent", async (_case, overrides) => {
    const error = await rejection(mailer.send(mail(overrides)));
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(MailSendError);
    expect((error as Error).message).toMatch(/^Refusing to send/);
    // A message sent after it arrives alone: the refused one never reached the server.
    await mailer.send(mail({ messageId: "after@papergraph" }));
    const received = await smtp.waitForMessages(1);
    expect(received.map(({ parsed }) => parsed.messageId)).toEqual(["<after@papergraph>"]);
  });
});

test("a server holding the message past the timeout fails the send, temporarily, and it is not delivered", async () => {
  const smtp = await startSmtpServer({ delayMs: 1_000 });
  const mailer = createMailer({ smtpUrl: smtp.url, from: FROM, outboxDir: "unused", logger: silent, timeoutMs: 300 });
  try {
    const error = await rejection(mailer.send(mail()));
    expect(error).toBeInstanceOf(MailSendError);
    expect(error).toMatchObject({ permanent: false, responseCode: undefined });
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(smtp.messages).toHaveLength(0);
    expect(smtp.rejectedAfterDisconnect).toBe(1);
  } finally {
    mailer.close();
    await smtp.close();
  }
});

test("credentials in the SMTP URL are used to log in", async () => {
  const smtp = await startSmtpServer();
  const url = new URL(smtp.url);
  url.username = "digest";
  url.password = "s3cret";
  const mailer = createMailer({ smtpUrl: url.toString(), from: FROM, outboxDir: "unused", logger: silent });
  try {
    await mailer.send(mail());
    const [received] = await smtp.waitForMessages(1);
    expect(received.user).toBe("digest");
  } finally {
    mailer.close();
    await smtp.close();
  }
});

test("a URL that is not smtp:// or smtps:// is refused at once", () => {
  expect(() =>
    createMailer({ smtpUrl: "https://mail.example.org", from: FROM, outboxDir: "unused", logger: silent }),
  ).toThrow("The SMTP URL must start with smtp:// or smtps://");
});

test("an unreachable server is a temporary failure", async () => {
  const smtp = await startSmtpServer();
  const url = smtp.url;
  await smtp.close();
  const mailer = createMailer({ smtpUrl: url, from: FROM, outboxDir: "unused", logger: silent });
  try {
    const error = await rejection(mailer.send(mail()));
    expect(error).toBeInstanceOf(MailSendError);
    expect(error).toMatchObject({ permanent: false, responseCode: undefined });
  } finally {
    mailer.close();
  }
});

describe("without an SMTP server", () => {
  let outboxDir: string;

  beforeEach(() => {
    outboxDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "papergraph-outbox-")), "outbox");
  });

  afterEach(() => {
    fs.rmSync(path.dirname(outboxDir), { recursive: true, force: true });
  });

  test("each message is written to the outbox as an .eml file, and its path logged", async () => {
    const logs: { msg: string; path?: string }[] = [];
    const logger = pino({ level: "info" }, { write: (line: string) => logs.push(JSON.parse(line)) });
    const mailer = createMailer({ smtpUrl: undefined, from: FROM, outboxDir, logger });
    await mailer.send(mail());
    await mailer.send(mail({ messageId: "digest.13.2026-11-30@papergraph" }));
    mailer.close();

    const files = fs.readdirSync(outboxDir).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d-]+\.\d{3}Z-digest\.12\.2026-11-30@papergraph\.eml$/);
    expect(logs.map((entry) => [entry.msg, entry.path])).toEqual(
      files.map((file) => ["mail written to the outbox", path.join(outboxDir, file)]),
    );

    const raw = fs.readFileSync(path.join(outboxDir, files[0]));
    expect(raw.toString()).not.toMatch(/[^\r]\n/);
    expect(raw.toString()).toMatch(/^Content-Type: multipart\/alternative;/m);
    const parsed = await simpleParser(raw);
    expect(parsed.messageId).toBe("<digest.12.2026-11-30@papergraph>");
    expect(parsed.to && "text" in parsed.to ? parsed.to.text : undefined).toBe("reader@example.org");
    expect(parsed.text).toBe("1. a < b\nhttps://arxiv.org/abs/2006.11239\n");
    expect(parsed.html).toBe('<ol><li><a href="https://arxiv.org/abs/2006.11239">a &lt; b</a></li></ol>');
    expect(headerLine(parsed, "List-Unsubscribe-Post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
  });

  test("a header-breaking message is refused and nothing is written", async () => {
    const mailer = createMailer({ smtpUrl: undefined, from: FROM, outboxDir, logger: silent });
    await expect(mailer.send(mail({ subject: "a\r\nBcc: victim@example.org" }))).rejects.toThrow(/^Refusing to send/);
    mailer.close();
    expect(fs.existsSync(outboxDir)).toBe(false);
  });
});
