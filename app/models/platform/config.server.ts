// Configuration read from the environment once, checked at the edge.
import { z } from "zod";

const ConfigSchema = z.object({
  DATABASE_PATH: z.string().min(1).default("./data/sikiliza.db"),
  SIKILIZA_KEY: z.string().optional(),
  SIKILIZA_KEY_FILE: z.string().optional(),
  NODE_ENV: z.string().default("development"),
  // auto: seed the demo alliance into an empty database outside production; force: also in production.
  SIKILIZA_SEED_DEMO: z.enum(["auto", "force", "off"]).default("auto"),
  // Where people reach Sikiliza (e.g. https://sikiliza.example.org): the origin of every link it hands out.
  SIKILIZA_PUBLIC_URL: z.string().url().optional(),
  PORT: z.string().optional(),
  // E-mail (ADR 020): both or neither; without them messages wait in the outbox for the facilitator to copy.
  SMTP_URL: z.string().url().optional(),
  SMTP_FROM: z.string().optional(),
  // SMS through an HTTP gateway shaped like Africa's Talking's messaging API.
  SMS_GATEWAY_URL: z.string().url().optional(),
  SMS_USERNAME: z.string().optional(),
  SMS_API_KEY: z.string().optional(),
  SMS_SENDER: z.string().optional(),
  // How long a worker holds a message it is delivering before another may take it again.
  OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(1).default(120),
  OUTBOX_POLL_SECONDS: z.coerce.number().min(0.1).default(15),
  // off: the server process delivers nothing (messages still wait in the outbox).
  OUTBOX_WORKER: z.enum(["on", "off"]).default("on"),
  // Backups: the folder for the nightly backup and the checked copy taken before an upgrade, how many nightly
  // backups are kept, and the hour (UTC) they are taken. Nightly backups run in production, or wherever a folder is set.
  SIKILIZA_BACKUP_DIR: z.string().min(1).default("./backups"),
  SIKILIZA_BACKUPS_KEPT: z.coerce.number().int().min(1).max(365).default(7),
  SIKILIZA_BACKUP_HOUR: z.coerce.number().int().min(0).max(23).default(2),
  // auto: nightly backups in production or wherever SIKILIZA_BACKUP_DIR is set; off: never (a benchmark's server).
  SIKILIZA_NIGHTLY_BACKUP: z.enum(["auto", "off"]).default("auto"),
  // /metrics answers only a request that carries this token; unset, /metrics does not exist (404).
  SIKILIZA_METRICS_TOKEN: z.string().min(16, "SIKILIZA_METRICS_TOKEN must be at least 16 characters").optional(),
});

export type Config = z.infer<typeof ConfigSchema>;

export function readConfig(env: Record<string, string | undefined>): Config {
  return ConfigSchema.parse(env);
}

export const isProduction = (config: Config) => config.NODE_ENV === "production";

/** Nightly backups run in production, or wherever a backup folder is named, unless turned off. */
export const nightlyBackupsOn = (config: Config, env: Record<string, string | undefined>) =>
  config.SIKILIZA_NIGHTLY_BACKUP !== "off" && (isProduction(config) || Boolean(env.SIKILIZA_BACKUP_DIR));

/**
 * The origin of links Sikiliza hands out (invitations, story links): the configured public URL, so a forged
 * Host header can never make a link point elsewhere; the request's own origin only when none is configured.
 */
export function linkOrigin(request: Request, env: Record<string, string | undefined> = process.env): string {
  const configured = readConfig(env).SIKILIZA_PUBLIC_URL;
  return new URL(configured ?? request.url).origin;
}

/**
 * The origin of links in messages, which have no request to take one from: the configured public URL, or
 * this machine's own address when none is configured (then only someone on this machine could follow them).
 */
export function messageOrigin(env: Record<string, string | undefined> = process.env): string {
  const config = readConfig(env);
  return new URL(config.SIKILIZA_PUBLIC_URL ?? `http://localhost:${config.PORT ?? 3000}`).origin;
}
