// The delivery worker inside the server process: every few seconds it writes what the calendar made due and
// delivers what is waiting. One pass at a time; a pass that fails is logged and the next one tries again.
import { readConfig } from "../platform/config.server";
import { randomToken } from "../platform/crypto.server";
import { cancelStale, deliverDue } from "./delivery.server";
import { scheduleDueMessages } from "./schedule.server";
import { transportsFrom } from "./transports.server";
import { refreshRounds } from "../rounds/rounds.server";

export function startOutboxWorker(env: Record<string, string | undefined> = process.env): { stop: () => void } {
  const config = readConfig(env);
  if (config.OUTBOX_WORKER === "off") return { stop: () => {} };
  const transports = transportsFrom(env);
  const worker = randomToken(9);
  let running = false;
  const pass = async () => {
    if (running) return;
    running = true;
    try {
      refreshRounds();
      scheduleDueMessages();
      cancelStale();
      await deliverDue({ transports, env, worker });
    } catch (error) {
      console.error(JSON.stringify({ outbox: "pass failed", error: error instanceof Error ? error.name : "unknown" }));
    } finally {
      running = false;
    }
  };
  const timer = setInterval(pass, config.OUTBOX_POLL_SECONDS * 1000);
  timer.unref();
  void pass();
  return { stop: () => clearInterval(timer) };
}
