import { DomainError } from "@/lib/errors.ts";
import type { Transaction } from "@/lib/workbench/events.ts";

/** "Ilham Əliyev" → "ilham-aliyev"; names without Latin letters fall back to "claimant". */
export function slugify(name: string): string {
  const slug = name
    .replace(/[Əə]/g, "a")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "claimant";
}

async function freeSlug(tx: Transaction, base: string): Promise<string> {
  const taken = new Set(
    (await tx.claimant.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** Creates a claimant typed into the claim form; an existing name must be chosen from the list instead. */
export async function createClaimantInline(tx: Transaction, name: string, title: string | null): Promise<number> {
  const existing = await tx.claimant.findFirst({ where: { name: { equals: name, mode: "insensitive" } }, select: { id: true } });
  if (existing) {
    const message = `${name} is already a claimant: choose them from the list.`;
    throw new DomainError(message, { claimantName: [message] });
  }
  const claimant = await tx.claimant.create({ data: { name, title, slug: await freeSlug(tx, slugify(name)) }, select: { id: true } });
  return claimant.id;
}

/** The claimant a claim form refers to: an existing id (checked) or a new one created now. */
export async function resolveClaimant(
  tx: Transaction,
  fields: { claimantId: number | "new"; claimantName?: string | null; claimantTitle?: string | null },
): Promise<number> {
  if (fields.claimantId === "new") return createClaimantInline(tx, fields.claimantName!, fields.claimantTitle ?? null);
  const found = await tx.claimant.findUnique({ where: { id: fields.claimantId }, select: { id: true } });
  if (!found) throw new DomainError("That claimant does not exist.", { claimantId: ["Choose a claimant from the list."] });
  return found.id;
}
