import type { ClaimStatus } from "@/generated/prisma/enums.ts";
import { isOpen } from "@/lib/status.ts";

// A due date is a calendar day (a DATE column, read as UTC midnight). "Due by 31 December 2024"
// means the claim can still come true on that day everywhere, so it becomes overdue at the next
// UTC midnight: 2025-01-01T00:00Z. Days are counted in UTC, as the dates are stored.

const DAY_MS = 86_400_000;

/** Today's date in UTC, "YYYY-MM-DD": the first day on which a claim due yesterday is overdue. */
export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export type DueState =
  | { state: "none" }
  | { state: "due"; dueAt: Date }
  | { state: "overdue"; dueAt: Date; overdueSince: Date; daysOverdue: number }
  /** Due, but the claim already has its verdict: nothing left to review. */
  | { state: "settled"; dueAt: Date };

/** Overdue: the due day has passed (in UTC) and the claim is still open (lib/status.ts). */
export function dueState(claim: { dueAt: Date | null; status: ClaimStatus }, now: Date = new Date()): DueState {
  const { dueAt } = claim;
  if (!dueAt) return { state: "none" };
  if (!isOpen(claim.status)) return { state: "settled", dueAt };
  const overdueSince = new Date(dueAt.getTime() + DAY_MS);
  const today = Date.parse(`${utcToday(now)}T00:00:00Z`);
  if (today < overdueSince.getTime()) return { state: "due", dueAt };
  return { state: "overdue", dueAt, overdueSince, daysOverdue: Math.round((today - dueAt.getTime()) / DAY_MS) };
}

export const isOverdue = (claim: { dueAt: Date | null; status: ClaimStatus }, now?: Date) => dueState(claim, now).state === "overdue";
