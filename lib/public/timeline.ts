import type { ClaimLinkRole, ClaimStatus, OutcomeRelation } from "@/generated/prisma/enums.ts";

export type TimelineEntry =
  | { kind: "statement"; at: Date }
  | { kind: "outcome"; at: Date; outcomeId: number; title: string; relation: OutcomeRelation }
  | { kind: "status"; at: Date; from: ClaimStatus | null; to: ClaimStatus; rationale: string | null }
  | { kind: "link"; at: Date; linked: boolean; claimId: number; role: ClaimLinkRole }
  | { kind: "withdrawn"; at: Date; reason: string | null };

export interface TimelineInput {
  statedAt: Date;
  outcomes: { relation: OutcomeRelation; outcome: { id: number; title: string; occurredAt: Date } }[];
  events: {
    type: string;
    at: Date;
    fromStatus: ClaimStatus | null;
    toStatus: ClaimStatus | null;
    rationale: string | null;
    linkedClaimId?: number | null;
    linkRole?: ClaimLinkRole | null;
  }[];
}

const KIND_ORDER: Record<TimelineEntry["kind"], number> = { statement: 0, outcome: 1, status: 2, link: 3, withdrawn: 4 };

function eventEntry(event: TimelineInput["events"][number]): TimelineEntry[] {
  if (event.type === "STATUS_CHANGED" && event.toStatus) {
    return [{ kind: "status", at: event.at, from: event.fromStatus, to: event.toStatus, rationale: event.rationale }];
  }
  if ((event.type === "CLAIM_LINKED" || event.type === "CLAIM_UNLINKED") && event.linkedClaimId && event.linkRole) {
    return [{ kind: "link", at: event.at, linked: event.type === "CLAIM_LINKED", claimId: event.linkedClaimId, role: event.linkRole }];
  }
  if (event.type === "WITHDRAWN") return [{ kind: "withdrawn", at: event.at, reason: event.rationale }];
  return [];
}

/**
 * The statement, its linked outcomes, every status change and link to another claim, and its
 * withdrawal, in date order (stable on ties).
 */
export function timelineEntries(claim: TimelineInput): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    { kind: "statement", at: claim.statedAt },
    ...claim.outcomes.map(({ relation, outcome }) => ({
      kind: "outcome" as const,
      at: outcome.occurredAt,
      outcomeId: outcome.id,
      title: outcome.title,
      relation,
    })),
    ...claim.events.flatMap(eventEntry),
  ];
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.at.getTime() - b.entry.at.getTime() || KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] || a.index - b.index)
    .map(({ entry }) => entry);
}

export interface TimelineLayout {
  width: number;
  height: number;
  axisY: number;
  markers: { x: number; y: number; number: number; entry: TimelineEntry }[];
  years: { x: number; year: number }[];
}

const WIDTH = 720;
const MARGIN = 28;
const MARKER_GAP = 26;
const LANE_HEIGHT = 26;

/**
 * Positions entries on a horizontal time axis. Markers that would overlap move up into further
 * lanes, so every marker stays readable however close the dates are.
 */
export function layoutTimeline(entries: TimelineEntry[]): TimelineLayout {
  const times = entries.map((entry) => entry.at.getTime());
  const first = Math.min(...times);
  const last = Math.max(...times);
  const span = last - first;
  const xOf = (time: number) =>
    span === 0 ? WIDTH / 2 : Math.round((MARGIN + ((time - first) / span) * (WIDTH - 2 * MARGIN)) * 10) / 10;

  const laneEnds: number[] = [];
  const placed = entries.map((entry, index) => {
    const x = xOf(entry.at.getTime());
    let lane = laneEnds.findIndex((end) => x - end >= MARKER_GAP);
    if (lane === -1) lane = laneEnds.push(x) - 1;
    else laneEnds[lane] = x;
    return { x, lane, number: index + 1, entry };
  });
  const lanes = Math.max(1, laneEnds.length);
  const axisY = 16 + lanes * LANE_HEIGHT;

  const years: TimelineLayout["years"] = [];
  if (entries.length > 0) {
    const lastYear = new Date(last).getUTCFullYear();
    for (let year = new Date(first).getUTCFullYear() + 1; year <= lastYear; year++) {
      years.push({ x: xOf(Date.UTC(year, 0, 1)), year });
    }
  }
  return {
    width: WIDTH,
    height: axisY + 28,
    axisY,
    markers: placed.map(({ x, lane, number, entry }) => ({ x, y: axisY - 14 - lane * LANE_HEIGHT, number, entry })),
    years,
  };
}
