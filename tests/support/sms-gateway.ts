// A local stand-in of Africa's Talking's SMS API (POST /version1/messaging), checking each request as the
// real one does: the apiKey header, a form body with username, to (international numbers, comma-separated)
// and message, an optional sender id. It answers in the real API's shape and records what it accepted.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type Texted = { to: string; message: string; from: string | null };
export type SmsGateway = { url: string; username: string; apiKey: string; texts: Texted[]; refused: string[]; close: () => Promise<void> };

const json = (res: http.ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));

export async function startSmsGateway({ username = "sandbox", apiKey = "test-api-key-0123456789" } = {}): Promise<SmsGateway> {
  const gateway: SmsGateway = { url: "", username, apiKey, texts: [], refused: [], close: async () => {} };
  const refuse = (res: http.ServerResponse, status: number, why: string) => {
    gateway.refused.push(why);
    res.writeHead(status, { "Content-Type": "text/plain" }).end(why);
  };
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      if (req.method !== "POST" || req.url !== "/version1/messaging") return refuse(res, 404, "Not found");
      if (req.headers.apikey !== apiKey) return refuse(res, 401, "The supplied authentication is invalid");
      if (!String(req.headers["content-type"]).startsWith("application/x-www-form-urlencoded"))
        return refuse(res, 415, "Unsupported content type");
      const form = new URLSearchParams(body);
      if (form.get("username") !== username) return refuse(res, 401, "The supplied authentication is invalid");
      const message = form.get("message") ?? "";
      const to = (form.get("to") ?? "").split(",").filter(Boolean);
      if (!message || to.length === 0) return refuse(res, 400, "Request is missing required form field 'to' or 'message'");
      const recipients = to.map((number) => {
        if (!/^\+[1-9][0-9]{7,14}$/.test(number))
          return { statusCode: 403, number, status: "InvalidPhoneNumber", cost: "0", messageId: "None" };
        gateway.texts.push({ to: number, message, from: form.get("from") });
        return { statusCode: 101, number, status: "Success", cost: "KES 0.8000", messageId: `ATXid_${gateway.texts.length}` };
      });
      const sent = recipients.filter((r) => r.statusCode === 101).length;
      json(res, 201, {
        SMSMessageData: { Message: `Sent to ${sent}/${to.length} Total Cost: KES ${(0.8 * sent).toFixed(4)}`, Recipients: recipients },
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  gateway.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  gateway.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return gateway;
}
