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

/** `/claimants/page/2` is a page of the claimants list: a claimant named "Page" gets `page-2`. */
const ROUTE_SEGMENTS = new Set(["page"]);

/**
 * `base`, or `base-2`, `base-3`…: the first slug no claimant has, now or as a former slug (its old
 * public address, which redirects to it) — except `owner`'s own former slugs, which it may take back.
 */
export async function freeSlug(tx: Transaction, base: string, owner: number | null = null): Promise<string> {
  const [current, former] = await Promise.all([
    tx.claimant.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } }),
    tx.claimantRedirect.findMany({ where: { slug: { startsWith: base }, ...(owner === null ? {} : { claimantId: { not: owner } }) }, select: { slug: true } }),
  ]);
  const taken = new Set([...ROUTE_SEGMENTS, ...[...current, ...former].map((row) => row.slug)]);
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

export type ClaimantRef = { id: number } | { name: string; title?: string | null };

/** The claim form's claimant fields as a reference: an id from the list, or the name typed for a new one. */
export function claimantRefFromForm(fields: { claimantId: number | "new"; claimantName?: string | null; claimantTitle?: string | null }): ClaimantRef {
  return fields.claimantId === "new" ? { name: fields.claimantName ?? "", title: fields.claimantTitle ?? null } : { id: fields.claimantId };
}

/**
 * The claimant of this name, case and accents aside ("ilham aliyev" is "Ilham Əliyev"), or else the
 * one with it among its aliases ("Turkish FM Cavusoglu"), or null.
 */
export async function findClaimantByName(tx: Transaction, name: string): Promise<number | null> {
  const found = await tx.$queryRaw<{ id: number }[]>`
    SELECT "id" FROM "Claimant" AS cl, immutable_unaccent(lower(${name})) AS wanted(folded)
     WHERE immutable_unaccent(lower(cl."name")) = wanted.folded
        OR EXISTS (SELECT 1 FROM unnest(cl."aliases") AS alias WHERE immutable_unaccent(lower(alias)) = wanted.folded)
     ORDER BY immutable_unaccent(lower(cl."name")) = wanted.folded DESC, cl."id" LIMIT 1`;
  return found[0]?.id ?? null;
}

/**
 * The claimant a claim refers to, the same way for every way in: an id (checked), or a name — the
 * claimant of that name (case and accents aside) when there is one, else a new claimant created now.
 */
export async function resolveClaimant(tx: Transaction, ref: ClaimantRef): Promise<number> {
  if ("id" in ref) {
    const found = await tx.claimant.findUnique({ where: { id: ref.id }, select: { id: true } });
    if (!found) throw new DomainError("That claimant does not exist.", { claimantId: ["Choose a claimant from the list."] });
    return found.id;
  }
  const existing = await findClaimantByName(tx, ref.name);
  if (existing !== null) return existing;
  const claimant = await tx.claimant.create({ data: { name: ref.name, title: ref.title ?? null, slug: await freeSlug(tx, slugify(ref.name)) }, select: { id: true } });
  return claimant.id;
}
