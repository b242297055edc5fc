import { parseServerEnv } from "@/lib/platform/env.ts";

/** Runs once when the Next.js server starts: a missing or malformed variable stops it with its name. */
export function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") parseServerEnv();
}
