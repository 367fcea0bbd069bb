import fs from "node:fs/promises";
import path from "node:path";
import nodemailer, { type NodemailerError, type SendMailOptions } from "nodemailer";
import type { Logger } from "../logger";

/** One message to one recipient. */
export interface OutgoingMail {
  /** One bare address, such as `reader@example.org`. */
  to: string;
  subject: string;
  text: string;
  html: string;
  /**
   * The Message-ID without angle brackets, such as `digest.12.2026-11-30@papergraph`. Derive it
   * from what the message is for, so that a retried send carries the same ID.
   */
  messageId: string;
  /** Extra header fields, such as `List-Unsubscribe`. */
  headers?: Record<string, string>;
}

export interface Mailer {
  /**
   * Sends `mail`, or writes it to the outbox. Rejects with {@link MailSendError} when it could not
   * be delivered, and with a plain Error, before anything is sent, when a field could break the header.
   */
  send(mail: OutgoingMail): Promise<void>;
  /** Closes the SMTP connections once the sends in flight are done. */
  close(): void;
}

export interface MailerOptions {
  /** `smtp://` or `smtps://`, with credentials if the server wants them; unset writes to the outbox. */
  smtpUrl: string | undefined;
  /** The From field, such as `papergraph <digest@papergraph.example>`. */
  from: string;
  /** Where messages are written when there is no SMTP server. */
  outboxDir: string;
  logger: Logger;
  /** How long to wait for the connection, the greeting and each reply: 30 s unless set. */
  timeoutMs?: number;
}

/** A message that did not reach the SMTP server, or that the server refused. */
export class MailSendError extends Error {
  /**
   * True when the server refused the message for good (a 5xx reply; 503, a bad command sequence,
   * is not), so that sending it again would get the same answer. False for 4xx replies,
   * connection failures and timeouts: the same message may go through later.
   */
  readonly permanent: boolean;
  /** The SMTP reply code, when the server replied. */
  readonly responseCode: number | undefined;

  constructor(message: string, details: { permanent: boolean; responseCode?: number; cause?: unknown }) {
    super(message, { cause: details.cause });
    this.name = new.target.name;
    this.permanent = details.permanent;
    this.responseCode = details.responseCode;
  }
}

const DEFAULT_TIMEOUT_MS = 30_000;

// CR, LF and the other control characters: a line break would end the field and start one of the caller's choosing.
const CONTROL_CHARACTER = /\p{Cc}/u;
// A field name is printable ASCII without the colon (RFC 5322, section 2.2).
const FIELD_NAME = /^[\x21-\x39\x3b-\x7e]+$/;
// One addr-spec, without a display name, so a `to` cannot hold a second recipient.
const BARE_ADDRESS = /^[^\s@<>,;:"()[\]\\]+@[^\s@<>,;:"()[\]\\]+$/;
// Printable ASCII without <, > and @ on each side of one @: what nodemailer puts between the brackets as given.
const MESSAGE_ID = /^[\x21-\x3b\x3d\x3f\x41-\x7e]+@[\x21-\x3b\x3d\x3f\x41-\x7e]+$/;

function refuseControlCharacters(field: string, value: string): void {
  if (CONTROL_CHARACTER.test(value)) throw new Error(`Refusing to send: the ${field} holds a control character`);
}

/** Refuses, before anything is sent, a field that would not come out as one header line. */
function assertHeaderSafe(mail: OutgoingMail): void {
  refuseControlCharacters("recipient", mail.to);
  if (!BARE_ADDRESS.test(mail.to)) throw new Error("Refusing to send: the recipient is not one bare address");
  refuseControlCharacters("subject", mail.subject);
  if (!MESSAGE_ID.test(mail.messageId))
    throw new Error(`Refusing to send: malformed Message-ID ${JSON.stringify(mail.messageId)}`);
  for (const [name, value] of Object.entries(mail.headers ?? {})) {
    if (!FIELD_NAME.test(name)) throw new Error(`Refusing to send: malformed header name ${JSON.stringify(name)}`);
    refuseControlCharacters(`${name} header`, value);
  }
}

function messageOptions(from: string, mail: OutgoingMail): SendMailOptions {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: `<${mail.messageId}>`,
    headers: mail.headers,
  };
}

/** Writes each message to `outboxDir` as the bytes SMTP would carry, one `.eml` file each. */
function createOutboxMailer(from: string, outboxDir: string, logger: Logger): Mailer {
  // CRLF throughout, as on the wire: the SMTP transport turns bare LFs in the text into CRLF too.
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  return {
    async send(mail) {
      assertHeaderSafe(mail);
      const info = await transport.sendMail(messageOptions(from, mail));
      // Sorted by when it was written; the ISO timestamp's colons are not allowed in Windows file names.
      const fileName = `${new Date().toISOString().replace(/:/g, "-")}-${mail.messageId.replace(/[^\w.@-]/g, "_")}.eml`;
      const filePath = path.join(outboxDir, fileName);
      try {
        await fs.mkdir(outboxDir, { recursive: true });
        // `buffer: true` makes the message a Buffer; "wx" never overwrites an earlier message.
        await fs.writeFile(filePath, info.message as Buffer, { flag: "wx" });
      } catch (error) {
        throw new MailSendError(`Could not write ${filePath}`, { permanent: false, cause: error });
      }
      logger.info({ path: filePath, messageId: mail.messageId }, "mail written to the outbox");
    },
    close() {
      transport.close();
    },
  };
}

function createSmtpMailer(smtpUrl: string, from: string, timeoutMs: number): Mailer {
  // nodemailer would read any other scheme as plain SMTP. The URL may hold a password: keep it out of the message.
  if (!/^smtps?:\/\//i.test(smtpUrl)) throw new Error("The SMTP URL must start with smtp:// or smtps://");
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    dnsTimeout: timeoutMs,
    // The caller retries with backoff; the pool must not resend a message on a new connection by itself.
    maxRequeues: 0,
  });
  return {
    async send(mail) {
      assertHeaderSafe(mail);
      try {
        await transport.sendMail(messageOptions(from, mail));
      } catch (error) {
        // nodemailer sets `permanent` with `responseCode`, from the reply; without a reply it is unset.
        const { message, responseCode, permanent } = error as NodemailerError;
        throw new MailSendError(message, { permanent: permanent === true, responseCode, cause: error });
      }
    },
    close() {
      transport.close();
    },
  };
}

/** A mailer that sends through `smtpUrl`, or, without one, writes each message to `outboxDir`. */
export function createMailer(options: MailerOptions): Mailer {
  refuseControlCharacters("sender", options.from);
  return options.smtpUrl
    ? createSmtpMailer(options.smtpUrl, options.from, options.timeoutMs ?? DEFAULT_TIMEOUT_MS)
    : createOutboxMailer(options.from, options.outboxDir, options.logger);
}
