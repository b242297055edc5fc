import { z } from "zod";

const idSchema = z.string().regex(/^[1-9]\d{0,9}$/).transform(Number).pipe(z.number().int().max(2_147_483_647));

/** A database id from a URL segment; null for anything that is not a positive 32-bit integer. */
export function parseId(raw: string): number | null {
  const parsed = idSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
