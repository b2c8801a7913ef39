// Configuration read from the environment once, checked at the edge.
import { z } from "zod";

const ConfigSchema = z.object({
  DATABASE_PATH: z.string().min(1).default("./data/sikiliza.db"),
  SIKILIZA_KEY: z.string().optional(),
  SIKILIZA_KEY_FILE: z.string().optional(),
  NODE_ENV: z.string().default("development"),
  // auto: seed the demo alliance into an empty database outside production; force: also in production.
  SIKILIZA_SEED_DEMO: z.enum(["auto", "force", "off"]).default("auto"),
});

export type Config = z.infer<typeof ConfigSchema>;

export function readConfig(env: NodeJS.ProcessEnv): Config {
  return ConfigSchema.parse(env);
}

export const isProduction = (config: Config) => config.NODE_ENV === "production";
