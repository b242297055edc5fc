import type { PrismaClient } from "@/generated/prisma/client.ts";
import type { Actor } from "@/lib/workbench/actor.ts";
import { createClaim } from "@/lib/workbench/claims.ts";
import type { CreateClaimInput } from "@/lib/workbench/claim-schemas.ts";
import { createOutcome, linkOutcome } from "@/lib/workbench/outcomes.ts";

export const SOURCE_BODY =
  "WASHINGTON — The Secretary said on Tuesday that the sides had made tangible progress towards a peace agreement. " +
  "He added that an agreement was within sight, within reach, and that talks would resume in the spring.";

/** A claimant and a source to hang claims on. */
export async function createClaimBasics(prisma: PrismaClient) {
  const claimant = await prisma.claimant.create({ data: { slug: `claimant-${Math.random().toString(36).slice(2)}`, name: `Claimant ${Math.random()}` } });
  const source = await prisma.source.create({ data: { title: "Talks resume", body: SOURCE_BODY } });
  return { claimantId: claimant.id, sourceId: source.id };
}

export function claimInput(basics: { claimantId: number; sourceId: number }, overrides: Partial<CreateClaimInput> = {}): CreateClaimInput {
  return {
    quote: "tangible progress",
    summary: "The sides are getting closer to a peace agreement.",
    headline: "The sides closer to peace: in progress",
    claimantId: basics.claimantId,
    sourceId: basics.sourceId,
    statedAt: "2023-05-02",
    kind: "ASSERTION",
    tags: "peace treaty, us-mediation",
    ...overrides,
  };
}

/** A fresh draft claim written through the domain code, as an editor would. */
export async function createTestClaim(prisma: PrismaClient, actor: Actor, overrides: Partial<CreateClaimInput> = {}) {
  return createClaim(prisma, actor, claimInput(await createClaimBasics(prisma), overrides));
}

export function createTestOutcome(prisma: PrismaClient, actor: Actor, title = "Joint Declaration signed") {
  return createOutcome(prisma, actor, { title, occurredAt: "2025-08-08", url: "https://example.org/declaration" });
}

type MatrixCaller = "anonymous" | "disabled" | "editor" | "admin" | "mustChange";

/**
 * What a workbench action needs to exist, for the authorization matrix. Allowed callers get a
 * fresh claim and outcome (written as that caller); a refused caller must leave the database as it
 * was, so it gets what already exists — or ids the guard refuses before anything is looked up.
 */
export async function matrixPrerequisites(
  fixture: { prisma: PrismaClient; users: Record<"admin" | "editor", Actor> },
  caller: MatrixCaller,
  setup: { published?: boolean; linked?: boolean } = {},
) {
  const { prisma } = fixture;
  if (caller !== "editor" && caller !== "admin") {
    const claim = await prisma.claim.findFirst({ orderBy: { id: "desc" }, select: { id: true, version: true, claimantId: true } });
    const outcome = await prisma.outcome.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
    return { claim: claim ?? { id: 1, version: 1, claimantId: 1 }, outcome: outcome ?? { id: 1 } };
  }
  const actor = fixture.users[caller];
  const created = await createTestClaim(prisma, actor, { visibility: setup.published ? "PUBLISHED" : "DRAFT" });
  const outcome = await createTestOutcome(prisma, actor);
  let version = created.version;
  if (setup.linked) {
    await linkOutcome(prisma, actor, created.id, version, { outcomeId: outcome.id, relation: "SUPPORTS" });
    version++;
  }
  return { claim: { id: created.id, version, claimantId: created.claimantId }, outcome: { id: outcome.id } };
}
