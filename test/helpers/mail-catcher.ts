/**
 * A real SMTP server on a free local port that keeps every message it is sent, so a test
 * reads back what the app mailed (no STARTTLS, no auth: it only listens on 127.0.0.1).
 */
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'net';

export interface Mail {
  to: string[];
  raw: string;
}

export interface MailCatcher {
  /** Every message received so far, oldest first; a test may empty it (`mails.length = 0`). */
  mails: Mail[];
  port: number;
  close(): Promise<void>;
}

export async function startMailCatcher(): Promise<MailCatcher> {
  const mails: Mail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (chunk) => (raw += chunk));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  return { mails, port, close: () => new Promise<void>((resolve) => smtp.close(() => resolve())) };
}
