import type { Claim, PrismaClient } from "@/generated/prisma/client.ts";
import { DomainError } from "@/lib/errors.ts";
import { isVerdict, STATUS } from "@/lib/status.ts";
import { assertEditor, type Actor } from "@/lib/workbench/actor.ts";
import { anchorInSource, type AnchorColumns } from "@/lib/workbench/anchoring.ts";
import {
  changeStatusSchema,
  claimChangesSchema,
  createClaimSchema,
  dueDateIssue,
  headlineIssue,
  newClaimSchema,
  type ChangeStatusInput,
  type ClaimChanges,
  type CreateClaimInput,
  type NewClaimInput,
} from "@/lib/workbench/claim-schemas.ts";
import { updateClaimAtVersion } from "@/lib/workbench/claim-version.ts";
import { correctionFor } from "@/lib/workbench/corrections.ts";
import { recordEvent, type FieldDiff, type Transaction } from "@/lib/workbench/events.ts";
import { dateToIso } from "@/lib/fields.ts";
import { reviewBeforePublishing } from "@/lib/platform/env.ts";
import { claimantRefFromForm, resolveClaimant } from "@/lib/workbench/new-claimant.ts";

export { StaleVersionError } from "@/lib/workbench/claim-version.ts";

/** How a claim came in, for its CREATED event and its timestamps (the seed replays dated history). */
export type CreationContext = { rationale?: string; at?: Date };

/**
 * The one way a claim is made — the form, the CSV import, a suggestion or a selection (both through
 * the form), the demo seed and scripts all come here. Inside the caller's transaction it applies
 * every rule once: the fields (newClaimSchema: text, tags, calendar dates, the due date not before the
 * statement), the claimant resolved or created by resolveClaimant, the quote verbatim in its
 * source's text at the chosen occurrence, then the claim with its CREATED event (and PUBLISHED when
 * created published).
 */
export async function createClaimIn(tx: Transaction, actor: Actor, input: NewClaimInput, { rationale, at }: CreationContext = {}): Promise<Claim> {
  assertEditor(actor);
  const { claimant, quoteOccurrence, visibility, ...fields } = newClaimSchema.parse(input);
  const claimantId = await resolveClaimant(tx, claimant);
  const anchor = await anchorInSource(tx, fields.sourceId, fields.quote, quoteOccurrence);
  const published = visibility === "PUBLISHED";
  const time = at ?? new Date();
  const claim = await tx.claim.create({
    data: {
      ...fields,
      ...anchor,
      claimantId,
      visibility,
      publishedAt: published ? time : null,
      createdById: actor.id,
      ...(at && { createdAt: at, updatedAt: at }),
    },
  });
  await recordEvent(tx, claim.id, actor, { type: "CREATED", rationale, at });
  if (published) await recordEvent(tx, claim.id, actor, { type: "PUBLISHED", at });
  return claim;
}

export const CREATE_PUBLISHED_NEEDS_REVIEW = "Publishing needs a second editor's approval here: create the claim as a draft, then submit it for publication.";

/**
 * Creates a claim from the claim form, in its own transaction. With review before publishing on
 * (lib/workbench/reviews.ts), an editor cannot create it published: a first publication is reviewed.
 */
export async function createClaim(prisma: PrismaClient, actor: Actor, input: CreateClaimInput): Promise<Claim> {
  assertEditor(actor);
  const { claimantId, claimantName, claimantTitle, ...fields } = createClaimSchema.parse(input);
  if (fields.visibility === "PUBLISHED" && reviewBeforePublishing()) throw new DomainError(CREATE_PUBLISHED_NEEDS_REVIEW, { visibility: [CREATE_PUBLISHED_NEEDS_REVIEW] });
  const claimant = claimantRefFromForm({ claimantId, claimantName, claimantTitle });
  return prisma.$transaction((tx) => createClaimIn(tx, actor, { ...fields, claimant }));
}

/** The edited fields as stored in an EDITED event: dates as ISO days, references as ids. */
const DIFFED_FIELDS = ["quote", "summary", "headline", "claimantId", "sourceId", "statedAt", "kind", "tags", "dueAt", "dueNote"] as const;
type DiffedField = (typeof DIFFED_FIELDS)[number];
type DiffValue = string | number | string[] | null;

function diffValue(claim: Pick<Claim, DiffedField>, field: DiffedField): DiffValue {
  const value = claim[field];
  return value instanceof Date ? dateToIso(value) : value;
}

const same = (a: DiffValue, b: DiffValue) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Saves an editor's changes if the claim is still at `expectedVersion` (else StaleVersionError,
 * nothing written), with an EDITED event holding `{ field: { from, to } }` of the changed fields
 * and, on a published claim, the correction note readers see (lib/workbench/corrections.ts).
 */
export async function updateClaim(prisma: PrismaClient, actor: Actor, id: number, expectedVersion: number, changes: ClaimChanges): Promise<Claim> {
  return prisma.$transaction((tx) => updateClaimIn(tx, actor, id, expectedVersion, changes));
}

/** updateClaim inside the caller's transaction (a batch of changes: lib/workbench/bulk.ts). */
export async function updateClaimIn(tx: Transaction, actor: Actor, id: number, expectedVersion: number, changes: ClaimChanges): Promise<Claim> {
  assertEditor(actor);
  const { claimantId, claimantName, claimantTitle, quoteOccurrence, correction: note, meaningUnchanged, ...fields } = claimChangesSchema.parse(changes);
  let diff: FieldDiff = {};
  let correction: string | null = null;
  const { after } = await updateClaimAtVersion(tx, id, expectedVersion, async (current) => {
    const next = { ...current, ...fields };
    if (claimantId !== undefined) next.claimantId = await resolveClaimant(tx, claimantRefFromForm({ claimantId, claimantName, claimantTitle }));
    const dueIssue = dueDateIssue(next.statedAt, next.dueAt);
    if (dueIssue) throw new DomainError(dueIssue, { dueAt: [dueIssue] });
    const missingHeadline = headlineIssue(current.visibility, next.headline);
    if (missingHeadline) throw new DomainError(missingHeadline, { headline: [missingHeadline] });
    diff = Object.fromEntries(
      DIFFED_FIELDS.filter((field) => !same(diffValue(current, field), diffValue(next, field))).map((field) => [
        field,
        { from: diffValue(current, field), to: diffValue(next, field) },
      ]),
    );
    let anchor: AnchorColumns | undefined;
    if (diff.quote || diff.sourceId || quoteOccurrence !== undefined) {
      anchor = await anchorInSource(tx, next.sourceId, next.quote, quoteOccurrence);
      if (anchor.anchorStart !== current.anchorStart && !diff.quote && !diff.sourceId) {
        diff.anchorStart = { from: current.anchorStart, to: anchor.anchorStart };
      }
    }
    if (Object.keys(diff).length === 0) throw new DomainError("Nothing to save: the claim already has these values.");
    correction = await correctionFor(tx, current, { kind: "edit", wordingChanged: Boolean(diff.quote || diff.summary || diff.headline), meaningUnchanged }, note);
    // Only what changed: an unchanged quote or summary in the UPDATE would still recompute the
    // search vector (its trigger fires on the columns set), at a cost a batch of tags felt.
    const changed = Object.fromEntries(DIFFED_FIELDS.filter((field) => diff[field]).map((field) => [field, next[field]]));
    return { ...changed, ...anchor };
  });
  await recordEvent(tx, id, actor, { type: "EDITED", diff, correction });
  return after;
}

/**
 * A change applied on a second editor's approval (lib/workbench/reviews.ts): the actor approved it,
 * `proposedBy` wrote it; its event names both.
 */
export type Approval = { proposedBy?: number };

/**
 * A status change needs a rationale; a verdict also needs at least one linked outcome; a published
 * verdict's change also a correction note (lib/workbench/corrections.ts).
 */
export async function changeStatusIn(tx: Transaction, actor: Actor, id: number, expectedVersion: number, input: ChangeStatusInput, { proposedBy }: Approval = {}): Promise<Claim> {
  assertEditor(actor);
  const { status, rationale, correction: note } = changeStatusSchema.parse(input);
  let correction: string | null = null;
  const { before, after } = await updateClaimAtVersion(tx, id, expectedVersion, async (current) => {
    if (current.status === status) {
      const message = `The claim is already “${STATUS[status].label}”.`;
      throw new DomainError(message, { status: [message] });
    }
    if (isVerdict(status) && (await tx.claimOutcome.count({ where: { claimId: id } })) === 0) {
      const message = `“${STATUS[status].label}” is a verdict: link at least one outcome that shows it before choosing it.`;
      throw new DomainError(message, { status: [message] });
    }
    correction = await correctionFor(tx, current, { kind: "status" }, note);
    return { status };
  });
  await recordEvent(tx, id, actor, { type: "STATUS_CHANGED", fromStatus: before.status, toStatus: status, rationale, correction, proposedById: proposedBy });
  return after;
}

/** changeStatusIn in its own transaction. */
export async function changeStatus(prisma: PrismaClient, actor: Actor, id: number, expectedVersion: number, input: ChangeStatusInput): Promise<Claim> {
  return prisma.$transaction((tx) => changeStatusIn(tx, actor, id, expectedVersion, input));
}

/** Makes the claim visible to readers (PUBLISHED event, publishedAt set); it needs its headline first. */
export async function publishClaimIn(tx: Transaction, actor: Actor, id: number, expectedVersion: number, { proposedBy }: Approval = {}): Promise<Claim> {
  assertEditor(actor);
  const { after } = await updateClaimAtVersion(tx, id, expectedVersion, (current) => {
    if (current.visibility === "PUBLISHED") throw new DomainError("The claim is already published.");
    const missingHeadline = headlineIssue("PUBLISHED", current.headline);
    if (missingHeadline) throw new DomainError(missingHeadline);
    return { visibility: "PUBLISHED", publishedAt: new Date() };
  });
  await recordEvent(tx, id, actor, { type: "PUBLISHED", proposedById: proposedBy });
  return after;
}

/** publishClaimIn in its own transaction. */
export async function publishClaim(prisma: PrismaClient, actor: Actor, id: number, expectedVersion: number): Promise<Claim> {
  return prisma.$transaction((tx) => publishClaimIn(tx, actor, id, expectedVersion));
}

/** Takes the claim back to draft: readers no longer see it anywhere (UNPUBLISHED event, publishedAt cleared). */
export async function unpublishClaim(prisma: PrismaClient, actor: Actor, id: number, expectedVersion: number): Promise<Claim> {
  return prisma.$transaction((tx) => unpublishClaimIn(tx, actor, id, expectedVersion));
}

/** unpublishClaim inside the caller's transaction. */
export async function unpublishClaimIn(tx: Transaction, actor: Actor, id: number, expectedVersion: number): Promise<Claim> {
  assertEditor(actor);
  const { after } = await updateClaimAtVersion(tx, id, expectedVersion, (current) => {
    if (current.visibility === "DRAFT") throw new DomainError("The claim is already a draft.");
    return { visibility: "DRAFT", publishedAt: null };
  });
  await recordEvent(tx, id, actor, { type: "UNPUBLISHED" });
  return after;
}
