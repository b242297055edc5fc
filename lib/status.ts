import { ClaimStatus } from "@/generated/prisma/enums.ts";

export interface StatusInfo {
  label: string;
  /** What the status means, for readers (the methodology page). */
  description: string;
  /** schema.org ClaimReview ratingValue (1–5); absent for statuses that are not verdicts. */
  rating?: 1 | 3 | 5;
  tone: "neutral" | "progress" | "warning" | "good" | "bad";
}

/** The status vocabulary (design §3). */
export const STATUS: Record<ClaimStatus, StatusInfo> = {
  PENDING: { label: "Awaiting outcome", description: "Nothing has happened yet that settles the claim.", tone: "neutral" },
  IN_PROGRESS: { label: "In progress", description: "Steps towards what was promised or predicted have been reported; it has not happened yet.", tone: "progress" },
  STALLED: { label: "Stalled", description: "The steps that were under way have stopped or been reversed.", tone: "warning" },
  PARTIALLY_FULFILLED: {
    label: "Partially borne out",
    description: "A verdict: part of the claim came true or was confirmed, part did not.",
    rating: 3,
    tone: "warning",
  },
  FULFILLED: { label: "Borne out", description: "A verdict: what happened shows the claim was right.", rating: 5, tone: "good" },
  NOT_FULFILLED: { label: "Not borne out", description: "A verdict: what happened shows the claim was wrong or the promise was not kept.", rating: 1, tone: "bad" },
  UNVERIFIABLE: { label: "Unverifiable", description: "The available evidence can neither confirm nor refute the claim; later evidence may.", tone: "neutral" },
};

export const VERDICTS: readonly ClaimStatus[] = [
  ClaimStatus.FULFILLED,
  ClaimStatus.PARTIALLY_FULFILLED,
  ClaimStatus.NOT_FULFILLED,
];

export function isVerdict(status: ClaimStatus): boolean {
  return VERDICTS.includes(status);
}

/**
 * Open: no verdict yet, so an outcome may still settle it. The one answer for every list that asks
 * (the overdue rule, the dashboard's "awaiting an outcome"); UNVERIFIABLE stays open, since later
 * evidence can still settle it.
 */
export const OPEN_STATUSES: readonly ClaimStatus[] = Object.values(ClaimStatus).filter((status) => !isVerdict(status));

export function isOpen(status: ClaimStatus): boolean {
  return !isVerdict(status);
}
