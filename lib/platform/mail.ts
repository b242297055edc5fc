import nodemailer, { type Transporter } from "nodemailer";

/**
 * Outgoing mail, when SMTP_URL is set (smtp://user:pass@host:587, smtps://… for TLS from the start):
 * nodemailer over SMTP, with timeouts so that a mail server that stops answering fails a job, never
 * hangs it. MAIL_FROM is the sender ("Claim Ledger <ledger@example.org>"); unset, no-reply at the
 * public host. Mail only ever leaves from the job queue (lib/platform/jobs/queue.ts), never from a request.
 */
export type MailConfig = { transport: Transporter; from: string };

export function mailConfig(env: { SMTP_URL?: string; MAIL_FROM?: string }, origin: string): MailConfig | null {
  const url = env.SMTP_URL?.trim();
  if (!url) return null;
  if (!/^smtps?:\/\//.test(url)) throw new Error("SMTP_URL must start with smtp:// or smtps://");
  const transport = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  const from = env.MAIL_FROM?.trim() || `Claim Ledger <no-reply@${new URL(origin).hostname}>`;
  return { transport, from };
}
