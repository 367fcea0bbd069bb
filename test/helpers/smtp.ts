import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from "smtp-server";

/** Recipients at this domain are refused at RCPT TO with 550. */
export const REFUSED_DOMAIN = "refused.example";

/** A message the server acknowledged with 250. */
export interface ReceivedMail {
  envelopeTo: string[];
  /** The user name the client logged in with, if it did. */
  user: string | null;
  /** The message as sent, after the SMTP dot-unstuffing. */
  raw: string;
  parsed: ParsedMail;
}

export interface SmtpServerOptions {
  /** Hold each message this long before replying to it. */
  delayMs?: number;
  /** Reply 451 to the next this-many messages. */
  failNext?: number;
}

export interface TestSmtpServer {
  /** `smtp://127.0.0.1:PORT`. */
  url: string;
  /** Messages acknowledged to a client that was still connected, in the order acknowledged. */
  messages: ReceivedMail[];
  /** Messages the client disconnected from before the reply; they were never delivered. */
  readonly rejectedAfterDisconnect: number;
  /** Resolves with `messages` once it holds at least `count`. */
  waitForMessages(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Reply 451 to the next `count` messages. */
  failNext(count: number): void;
  /**
   * Holds the reply to every message from now on, until the returned function is called. While
   * a client waits on a held reply, it is known not to be between a reply and what it does next.
   */
  holdReplies(): () => void;
  /** Messages whose reply is held now. */
  readonly held: number;
  close(): Promise<void>;
}

async function readAll(stream: SMTPServerDataStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function replyError(responseCode: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode });
}

/** A real SMTP server on a free local port, without TLS, that accepts any sender and any login. */
export async function startSmtpServer(options: SmtpServerOptions = {}): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = [];
  const arrivals = new Set<() => void>();
  let failuresToGo = options.failNext ?? 0;
  let rejectedAfterDisconnect = 0;
  let releaseHeld: Promise<void> | undefined;
  let held = 0;

  /** True while the client of `session` is connected, so that a reply written now reaches it. */
  const clientConnected = (session: SMTPServerSession): boolean => {
    const connection = [...server.connections].find(({ id }) => id === session.id);
    const socket = connection?._socket;
    return !!socket && !socket.destroyed && socket.readyState === "open";
  };

  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    disableReverseLookup: true,
    logger: false,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
    onRcptTo: ({ address }, _session, callback) =>
      address.toLowerCase().endsWith(`@${REFUSED_DOMAIN}`)
        ? callback(replyError(550, "5.1.1 Recipient refused"))
        : callback(),
    onData: (stream, session, callback) => {
      void (async () => {
        const raw = await readAll(stream);
        const parsed = await simpleParser(raw);
        if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
        if (releaseHeld) {
          held++;
          await releaseHeld;
          held--;
        }
        if (failuresToGo > 0) {
          failuresToGo--;
          return callback(replyError(451, "4.3.0 Temporary failure, try again later"));
        }
        // smtp-server drops a reply to a closed socket silently: such a message was not delivered.
        if (!clientConnected(session)) {
          rejectedAfterDisconnect++;
          return callback(replyError(451, "4.4.2 Client disconnected"));
        }
        messages.push({
          envelopeTo: session.envelope.rcptTo.map(({ address }) => address),
          user: (session.user as string | undefined) ?? null,
          raw: raw.toString("utf8"),
          parsed,
        });
        arrivals.forEach((check) => check());
        callback();
      })().catch((error: Error) => callback(replyError(451, error.message)));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    get rejectedAfterDisconnect() {
      return rejectedAfterDisconnect;
    },
    waitForMessages(count, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length < count) return;
          arrivals.delete(check);
          clearTimeout(timer);
          resolve(messages);
        };
        const timer = setTimeout(() => {
          arrivals.delete(check);
          reject(new Error(`${messages.length} of ${count} messages arrived within ${timeoutMs} ms`));
        }, timeoutMs);
        arrivals.add(check);
        check();
      });
    },
    failNext(count) {
      failuresToGo = count;
    },
    holdReplies() {
      let release!: () => void;
      releaseHeld = new Promise((resolve) => (release = resolve));
      return () => {
        releaseHeld = undefined;
        release();
      };
    },
    get held() {
      return held;
    },
    close() {
      // Without this, close() would wait for the clients to hang up, pooled ones for minutes.
      server.connections.forEach((connection) => connection.close());
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
