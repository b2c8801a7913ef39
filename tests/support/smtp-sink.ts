// A real SMTP server for tests (the smtp-server package): it records each message it accepted, as the
// recipient's mail server would, and can refuse recipients or hold a message without answering its DATA.
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";

export type Arrived = { to: string[]; subject: string; text: string; messageId: string; raw: string };

export type SmtpSink = {
  url: string;
  arrived: Arrived[];
  /** Messages whose DATA began (accepted or not): the crash test waits for one. */
  begun: number;
  /** While true, a message's DATA is read but never answered: the client waits, as on a slow server. */
  hold: boolean;
  /** A reason to refuse every recipient with (a permanent 550), or null to accept. */
  refuse: string | null;
  close: () => Promise<void>;
};

function decodeQuotedPrintable(body: string) {
  return Buffer.from(
    body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  ).toString("utf8");
}

/** Headers and a text body of a plain message, as nodemailer writes it. */
export function parseMessage(raw: string): Omit<Arrived, "to" | "raw"> {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = raw.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, "im").exec(head)?.[1]?.trim() ?? "";
  const encoding = header("Content-Transfer-Encoding").toLowerCase();
  const text =
    encoding === "quoted-printable"
      ? decodeQuotedPrintable(body)
      : encoding === "base64"
        ? Buffer.from(body, "base64").toString("utf8")
        : body;
  return { subject: header("Subject"), text: text.replace(/\r\n/g, "\n").trim(), messageId: header("Message-ID") };
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const sink: SmtpSink = { url: "", arrived: [], begun: 0, hold: false, refuse: null, close: async () => {} };
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, session, callback) {
      if (!sink.refuse) return callback();
      const error = Object.assign(new Error(sink.refuse), { responseCode: 550 });
      callback(error);
    },
    onData(stream, session, callback) {
      sink.begun++;
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (sink.hold) return; // never answered: the message was not accepted
        const raw = Buffer.concat(chunks).toString("utf8");
        sink.arrived.push({ ...parseMessage(raw), to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  sink.url = `smtp://127.0.0.1:${port}`;
  sink.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return sink;
}
