import type { ClaimStatus, Prisma, PrismaClient } from "@/generated/prisma/client.ts";
import { linkRoles } from "@/lib/workbench/claim-link-roles.ts";
import { createClaimIn } from "@/lib/workbench/claims.ts";
import {
  type ClaimantSlug,
  type DemoClaim,
  type DemoData,
  type OutcomeKey,
  type SourceKey,
  type UserKey,
  demoData,
} from "@/prisma/seed-data.ts";

/** Rows created by one seed run, per table. */
export interface SeedCounts {
  users: number;
  sources: number;
  claimants: number;
  outcomes: number;
  claims: number;
  claimOutcomes: number;
  claimLinks: number;
  claimEvents: number;
  notes: number;
}

export interface SeedResult {
  /** False when every demo row already existed. */
  created: boolean;
  counts: SeedCounts;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const time = (iso: string) => new Date(iso);

/**
 * Writes the demo data in one transaction. Idempotent: rows are looked up by their natural keys
 * (user email, source url or title, claimant slug, outcome title + date, claim externalId) and
 * only created when missing; existing rows are never changed, so edits made in the demo survive.
 * A claim's links, notes and events are written only together with the claim itself.
 */
export async function seedDemoData(prisma: PrismaClient, data: DemoData = demoData): Promise<SeedResult> {
  return prisma.$transaction((tx) => seed(tx, data), { maxWait: 30_000, timeout: 120_000 });
}

interface FirstUse {
  at: string;
  by: UserKey;
}

/** When each source and outcome was first needed, so that their createdAt fits the history. */
function firstUses(data: DemoData) {
  const sources = new Map<SourceKey, FirstUse>();
  const outcomes = new Map<OutcomeKey, FirstUse>();
  const use = <K>(map: Map<K, FirstUse>, key: K, first: FirstUse) => {
    const seen = map.get(key);
    if (!seen || time(first.at) < time(seen.at)) map.set(key, first);
  };
  for (const claim of data.claims) {
    use(sources, claim.source, claim.created);
    for (const step of claim.history) {
      if (!("link" in step)) continue;
      const first = { at: step.at, by: step.by ?? "editor" };
      use(outcomes, step.link, first);
      use(sources, data.outcomes[step.link].source, first);
    }
  }
  return { sources, outcomes };
}

async function seed(tx: Prisma.TransactionClient, data: DemoData): Promise<SeedResult> {
  const counts: SeedCounts = {
    users: 0,
    sources: 0,
    claimants: 0,
    outcomes: 0,
    claims: 0,
    claimOutcomes: 0,
    claimLinks: 0,
    claimEvents: 0,
    notes: 0,
  };
  /** The existing row, or a new one (counted). */
  const ensure = async <T>(table: keyof SeedCounts, found: T | null, create: () => Promise<T>): Promise<T> => {
    if (found) return found;
    counts[table]++;
    return create();
  };
  const id = { id: true } as const;
  const firstUse = firstUses(data);

  const userIds = {} as Record<UserKey, number>;
  for (const [key, user] of Object.entries(data.users) as [UserKey, DemoData["users"][UserKey]][]) {
    const found = await tx.user.findUnique({ where: { email: user.email }, select: id });
    const row = await ensure("users", found, () =>
      tx.user.create({
        data: { email: user.email, name: user.name, role: user.role, passwordHash: null, createdAt: time(user.createdAt) },
        select: id,
      }),
    );
    userIds[key] = row.id;
  }

  const sources = {} as Record<SourceKey, { id: number; body: string }>;
  for (const [key, source] of Object.entries(data.sources) as [SourceKey, DemoData["sources"][SourceKey]][]) {
    const select = { id: true, body: true } as const;
    const found = source.url
      ? await tx.source.findUnique({ where: { url: source.url }, select })
      : await tx.source.findFirst({ where: { url: null, title: source.title }, orderBy: { id: "asc" }, select });
    const first = firstUse.sources.get(key);
    sources[key] = await ensure("sources", found, () =>
      tx.source.create({
        data: {
          url: source.url,
          title: source.title,
          publisher: source.publisher,
          author: source.author,
          publishedAt: source.publishedAt ? day(source.publishedAt) : null,
          body: source.body,
          createdById: userIds[first?.by ?? "editor"],
          ...(first && { createdAt: time(first.at), updatedAt: time(first.at) }),
        },
        select,
      }),
    );
  }

  const claimantIds = {} as Record<ClaimantSlug, number>;
  for (const claimant of data.claimants) {
    const found = await tx.claimant.findUnique({ where: { slug: claimant.slug }, select: id });
    const row = await ensure("claimants", found, () => tx.claimant.create({ data: claimant, select: id }));
    claimantIds[claimant.slug] = row.id;
  }

  const outcomeIds = {} as Record<OutcomeKey, number>;
  for (const [key, outcome] of Object.entries(data.outcomes) as [OutcomeKey, DemoData["outcomes"][OutcomeKey]][]) {
    const occurredAt = day(outcome.occurredAt);
    const found = await tx.outcome.findFirst({ where: { title: outcome.title, occurredAt }, orderBy: { id: "asc" }, select: id });
    const first = firstUse.outcomes.get(key);
    const row = await ensure("outcomes", found, () =>
      tx.outcome.create({
        data: {
          title: outcome.title,
          description: outcome.description,
          occurredAt,
          sourceId: sources[outcome.source].id,
          createdById: userIds[first?.by ?? "editor"],
          ...(first && { createdAt: time(first.at), updatedAt: time(first.at) }),
        },
        select: id,
      }),
    );
    outcomeIds[key] = row.id;
  }

  for (const claim of data.claims) {
    if (await tx.claim.findUnique({ where: { externalId: claim.externalId }, select: id })) continue;

    // Made through the one claim-creation path, as a draft at its recorded time; the history that
    // follows is then replayed as it happened.
    const creator = { id: userIds[claim.created.by], role: data.users[claim.created.by].role };
    let claimId: number;
    try {
      ({ id: claimId } = await createClaimIn(
        tx,
        creator,
        {
          externalId: claim.externalId,
          quote: claim.quote,
          summary: claim.summary,
          headline: claim.headline,
          claimant: { id: claimantIds[claim.claimant] },
          sourceId: sources[claim.source].id,
          statedAt: day(claim.statedAt),
          kind: claim.kind,
          tags: claim.tags,
          dueAt: claim.due ? day(claim.due.at) : null,
          dueNote: claim.due?.note ?? null,
        },
        { at: time(claim.created.at) },
      ));
    } catch (error) {
      throw new Error(`Demo claim ${claim.externalId}: ${(error as Error).message}`);
    }
    counts.claims++;
    counts.claimEvents++;

    const event = (data: Omit<Prisma.ClaimEventUncheckedCreateInput, "claimId">) => {
      counts.claimEvents++;
      return tx.claimEvent.create({ data: { claimId, ...data } });
    };

    let status: ClaimStatus = "PENDING";
    for (const step of claim.history) {
      const actorId = userIds[step.by ?? "editor"];
      const at = time(step.at);
      if ("publish" in step) {
        await event({ type: "PUBLISHED", actorId, at });
      } else if ("link" in step) {
        const outcomeId = outcomeIds[step.link];
        await tx.claimOutcome.create({
          data: { claimId, outcomeId, relation: step.relation, note: step.note, createdById: actorId, createdAt: at },
        });
        counts.claimOutcomes++;
        await event({ type: "OUTCOME_LINKED", actorId, at, outcomeId, rationale: step.note });
      } else if ("status" in step) {
        await event({ type: "STATUS_CHANGED", actorId, at, fromStatus: status, toStatus: step.status, rationale: step.rationale });
        status = step.status;
      } else if ("claimLink" in step) {
        const other = await tx.claim.findUniqueOrThrow({ where: { externalId: step.claimLink.to }, select: id });
        await tx.claimLink.create({ data: { fromClaimId: claimId, toClaimId: other.id, kind: step.claimLink.kind, createdById: actorId, createdAt: at } });
        counts.claimLinks++;
        // Both claims' histories say so, as when an editor links them (lib/workbench/claim-links.ts).
        const roles = linkRoles(step.claimLink.kind);
        await event({ type: "CLAIM_LINKED", actorId, at, linkedClaimId: other.id, linkRole: roles.from });
        await tx.claimEvent.create({ data: { claimId: other.id, type: "CLAIM_LINKED", actorId, at, linkedClaimId: claimId, linkRole: roles.to } });
        counts.claimEvents++;
      } else {
        // The event only records that a note was added: notes are internal, the timeline is public.
        await tx.note.create({ data: { claimId, authorId: actorId, body: step.note, createdAt: at, updatedAt: at } });
        counts.notes++;
        await event({ type: "NOTE_ADDED", actorId, at });
      }
    }
    if (status !== claim.status) {
      throw new Error(`Demo claim ${claim.externalId}: status ${claim.status} but its history ends at ${status}`);
    }
    // Publishing, status changes and links to other claims are edits of the claim row: they bump its version.
    const edits = claim.history.filter((step) => "publish" in step || "status" in step || "claimLink" in step);
    const published = claim.history.find((step) => "publish" in step);
    await tx.claim.update({
      where: { id: claimId },
      data: {
        status: claim.status,
        visibility: claim.visibility,
        publishedAt: published ? time(published.at) : null,
        version: 1 + edits.length,
        updatedAt: time(edits.at(-1)?.at ?? claim.created.at),
      },
    });
  }

  return { created: Object.values(counts).some((n) => n > 0), counts };
}
