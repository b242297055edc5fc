import { idSchema } from "@/lib/fields.ts";

const urlId = idSchema("id");

/** A database id from a URL segment; null for anything that is not a positive 32-bit integer. */
export function parseId(raw: string): number | null {
  const parsed = urlId.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
