import { ClaimStatus } from "@/generated/prisma/enums.ts";

export interface StatusInfo {
  label: string;
  /** schema.org ClaimReview ratingValue (1–5); absent for statuses that are not verdicts. */
  rating?: 1 | 3 | 5;
  tone: "neutral" | "progress" | "warning" | "good" | "bad";
}

/** The status vocabulary (design §3). */
export const STATUS: Record<ClaimStatus, StatusInfo> = {
  PENDING: { label: "Awaiting outcome", tone: "neutral" },
  IN_PROGRESS: { label: "In progress", tone: "progress" },
  STALLED: { label: "Stalled", tone: "warning" },
  PARTIALLY_FULFILLED: { label: "Partially borne out", rating: 3, tone: "warning" },
  FULFILLED: { label: "Borne out", rating: 5, tone: "good" },
  NOT_FULFILLED: { label: "Not borne out", rating: 1, tone: "bad" },
  UNVERIFIABLE: { label: "Unverifiable", tone: "neutral" },
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
