import type { ClaimEventType, ClaimLinkRole, ClaimStatus, OutcomeRelation, PrismaClient } from "@/generated/prisma/client.ts";
import { KIND_LABEL, LINK_ROLE_LABEL, RELATION_LABEL } from "@/lib/labels.ts";
import { STATUS } from "@/lib/status.ts";
import { CLAIM_FIELD_LABELS } from "@/lib/workbench/claim-form-values.ts";

export const EVENT_LABEL: Record<ClaimEventType, string> = {
  CREATED: "Created",
  EDITED: "Edited",
  STATUS_CHANGED: "Status changed",
  OUTCOME_LINKED: "Outcome linked",
  OUTCOME_UNLINKED: "Outcome unlinked",
  PUBLISHED: "Published",
  UNPUBLISHED: "Unpublished",
  NOTE_ADDED: "Note added",
  CLAIM_LINKED: "Linked to another claim",
  CLAIM_UNLINKED: "Link to another claim removed",
  WITHDRAWN: "Withdrawn",
  APPEARANCE_ADDED: "Said again in another source",
  ASSIGNED: "Assigned",
  UNASSIGNED: "Unassigned",
  REVIEW_REQUESTED: "Submitted for review",
  REVIEW_RETURNED: "Returned by the reviewer",
};

const FIELD_LABEL: Record<string, string> = {
  ...CLAIM_FIELD_LABELS,
  anchorStart: "Position in the source",
  relation: "Relation",
  assigneeId: "Assignee",
  appearance: "Appears in",
};

// jsonb does not keep key order: changes are shown in the form's order.
const FIELD_ORDER = Object.keys(FIELD_LABEL);

export type HistoryChange = { field: string; label: string; from: string | null; to: string | null };

export type HistoryEntry = {
  id: number;
  type: ClaimEventType;
  label: string;
  at: Date;
  actorName: string | null;
  /** A change applied on approval: who proposed it (the actor approved it). */
  proposedByName: string | null;
  from: { status: ClaimStatus; label: string } | null;
  to: { status: ClaimStatus; label: string } | null;
  rationale: string | null;
  /** The correction note readers see (lib/workbench/corrections.ts), if the change was one. */
  correction: string | null;
  outcome: { id: number; title: string } | null;
  /** CLAIM_LINKED / CLAIM_UNLINKED: the other claim and how it relates to this one. */
  linked: { claimId: number; role: ClaimLinkRole; label: string } | null;
  changes: HistoryChange[];
};


type StoredDiff = Record<string, { from: unknown; to: unknown }>;

const statusOf = (status: ClaimStatus | null) => (status ? { status, label: STATUS[status].label } : null);

function idsIn(events: { diff: unknown }[], field: string): number[] {
  return events.flatMap((event) => {
    const change = (event.diff as StoredDiff | null)?.[field];
    return change ? [change.from, change.to].filter((value): value is number => typeof value === "number") : [];
  });
}

/** A claim's full history, newest first, shaped for display (names resolved, values as text). */
export async function claimHistory(prisma: PrismaClient, claimId: number): Promise<HistoryEntry[]> {
  const events = await prisma.claimEvent.findMany({
    where: { claimId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: {
      id: true,
      type: true,
      at: true,
      fromStatus: true,
      toStatus: true,
      rationale: true,
      correction: true,
      diff: true,
      linkedClaimId: true,
      linkRole: true,
      actor: { select: { name: true } },
      proposedBy: { select: { name: true } },
      outcome: { select: { id: true, title: true } },
    },
  });
  // Edits store claimant and source ids: shown by their current names.
  const [claimants, sources, users] = await Promise.all([
    prisma.claimant.findMany({ where: { id: { in: idsIn(events, "claimantId") } }, select: { id: true, name: true } }),
    prisma.source.findMany({ where: { id: { in: [...idsIn(events, "sourceId"), ...idsIn(events, "appearance")] } }, select: { id: true, title: true } }),
    prisma.user.findMany({ where: { id: { in: idsIn(events, "assigneeId") } }, select: { id: true, name: true } }),
  ]);
  const names: Record<string, Map<number, string>> = {
    claimantId: new Map(claimants.map((row) => [row.id, row.name])),
    sourceId: new Map(sources.map((row) => [row.id, row.title])),
    appearance: new Map(sources.map((row) => [row.id, row.title])),
    assigneeId: new Map(users.map((row) => [row.id, row.name])),
  };
  const text = (field: string, value: unknown): string | null => {
    if (value === null || value === undefined) return null;
    if (field in names && typeof value === "number") return names[field]!.get(value) ?? `#${value}`;
    if (field === "kind") return KIND_LABEL[value as keyof typeof KIND_LABEL] ?? String(value);
    if (field === "relation") return RELATION_LABEL[value as OutcomeRelation] ?? String(value);
    if (Array.isArray(value)) return value.join(", ");
    return String(value);
  };
  return events.map((event) => ({
    id: event.id,
    type: event.type,
    label: EVENT_LABEL[event.type],
    at: event.at,
    actorName: event.actor?.name ?? null,
    proposedByName: event.proposedBy?.name ?? null,
    from: statusOf(event.fromStatus),
    to: statusOf(event.toStatus),
    rationale: event.rationale,
    correction: event.correction,
    outcome: event.outcome,
    linked: event.linkedClaimId !== null && event.linkRole ? { claimId: event.linkedClaimId, role: event.linkRole, label: LINK_ROLE_LABEL[event.linkRole] } : null,
    changes: Object.entries((event.diff as StoredDiff | null) ?? {})
      .sort(([a], [b]) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b))
      .map(([field, change]) => ({ field, label: FIELD_LABEL[field] ?? field, from: text(field, change.from), to: text(field, change.to) })),
  }));
}
