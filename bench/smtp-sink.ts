import { SMTPServer } from "smtp-server";

export interface Receipt {
  /** The Message-ID header, which names the notification (lib/workbench/notification-mail.ts). */
  messageId: string | null;
  to: string[];
  /** Date.now() when the message was accepted. */
  at: number;
}

export interface SmtpSink {
  url: string;
  received: Receipt[];
  /** RCPT TO commands answered 451 while refusing. */
  refused: number;
  /** While true, every recipient is refused with 451 (a mail server that says "try later"). */
  refusing: boolean;
  close(): Promise<void>;
}

/**
 * An SMTP server in this process (smtp-server, as tests/notification-mail.test.ts starts one) on a
 * free port, which keeps the time and Message-ID of every message it accepts.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const sink = { received: [] as Receipt[], refused: 0, refusing: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    // Not the mail server's own work to measure: a reverse DNS lookup of 127.0.0.1 per connection.
    disableReverseLookup: true,
    // A pooled client's idle connections are cut at close, not waited for.
    closeTimeout: 500,
    onRcptTo(_address, _session, callback) {
      if (!sink.refusing) return callback();
      sink.refused++;
      callback(Object.assign(new Error("Mailbox busy, try later"), { responseCode: 451 }));
    },
    onData(stream, session, callback) {
      let head = "";
      stream.on("data", (chunk: Buffer) => {
        if (head.length < 8_192) head += chunk.toString("utf8");
      });
      stream.on("end", () => {
        const messageId = /^Message-ID:\s*(<[^>]+>)/im.exec(head.split(/\r?\n\r?\n/)[0] ?? "")?.[1] ?? null;
        sink.received.push({ messageId, to: session.envelope.rcptTo.map((rcpt) => rcpt.address), at: Date.now() });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  return Object.assign(sink, {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
