import type { ClaimStatus } from "@/generated/prisma/enums.ts";
import { STATUS, type StatusInfo } from "@/lib/status.ts";

/** A status's colours (with its ring), for every element that shows a status. */
export const toneClasses: Record<StatusInfo["tone"], string> = {
  neutral: "bg-stone-100 text-stone-800 ring-stone-300",
  progress: "bg-blue-50 text-blue-900 ring-blue-300",
  warning: "bg-amber-50 text-amber-900 ring-amber-300",
  good: "bg-emerald-50 text-emerald-900 ring-emerald-300",
  bad: "bg-rose-50 text-rose-900 ring-rose-300",
};

/** The status as text (never colour alone), with a colour hint. */
export function StatusBadge({ status }: { status: ClaimStatus }) {
  const info = STATUS[status];
  return (
    <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${toneClasses[info.tone]}`}>
      {info.label}
    </span>
  );
}
