import { LocalDate } from "@/components/LocalDate.tsx";
import type { ClaimStatus } from "@/generated/prisma/enums.ts";
import { dueState } from "@/lib/due-dates.ts";

/** "Due by …" or "Overdue since …" as text (not only colour); nothing for a claim without a due date. */
export function DueDate({ claim, note }: { claim: { dueAt: Date | null; status: ClaimStatus }; note?: string | null }) {
  const due = dueState(claim);
  if (due.state === "none") return null;
  const detail = note ? <span className="text-stone-700"> ({note})</span> : null;
  if (due.state === "overdue") {
    return (
      <span className="font-semibold text-red-800">
        Overdue since <LocalDate value={due.overdueSince} />
        <span className="font-normal text-stone-700">
          {" "}
          — was due by <LocalDate value={due.dueAt} />
        </span>
        {detail}
      </span>
    );
  }
  return (
    <span>
      Due by <LocalDate value={due.dueAt} />
      {detail}
    </span>
  );
}
