import { randomBytes } from "node:crypto";
import { appendFileSync } from "node:fs";

/**
 * Makes sure AUTH_SECRET is set: on a first run without one, a random secret is written to the
 * git-ignored .env.local so sessions survive restarts and the quick start needs no manual step.
 */
export function ensureAuthSecret(envLocalPath: string): "existing" | "generated" {
  if (process.env.AUTH_SECRET) return "existing";
  const secret = randomBytes(32).toString("base64url");
  appendFileSync(envLocalPath, `\n# Generated on first start: signs session cookies. Keep it secret.\nAUTH_SECRET=${secret}\n`, { mode: 0o600 });
  process.env.AUTH_SECRET = secret;
  return "generated";
}
