import Link from "next/link";
import { LocalDate } from "@/components/LocalDate.tsx";
import { linkButtonClasses } from "@/components/workbench/EditorPage.tsx";
import { KIND_LABEL } from "@/lib/labels.ts";
import { STATUS } from "@/lib/status.ts";
import type { OutcomeCandidate } from "@/lib/workbench/outcome-candidates.ts";

/** When the candidate is due, if it has a date: "overdue" or "due <date>". */
function Due({ due }: { due: OutcomeCandidate["due"] }) {
  if (due.state === "overdue") return <span className="font-semibold text-rose-800"> — overdue</span>;
  if (due.state === "due") {
    return (
      <span>
        {" "}
        — due <LocalDate value={due.dueAt} />
      </span>
    );
  }
  return null;
}

/**
 * "This article may bear on": the open claims the article may report an outcome for, best first,
 * each opening the new-outcome form with this article as its source.
 */
export function OutcomeCandidates({ candidates }: { candidates: { candidate: OutcomeCandidate; href: string }[] }) {
  if (candidates.length === 0) return <p className="text-sm text-stone-700">No open claim seems to be concerned by this article.</p>;
  return (
    <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" aria-label="Open claims this article may bear on, most likely first">
      {candidates.map(({ candidate, href }) => (
        <li key={candidate.id} className="space-y-1 px-3 py-2 text-sm">
          <p>
            <Link href={`/editor/claims/${candidate.id}`} className="font-medium text-stone-900 underline underline-offset-2">
              #{candidate.id} {candidate.headline ?? `“${candidate.quote.length > 80 ? `${candidate.quote.slice(0, 77)}…` : candidate.quote}”`}
            </Link>
            <Due due={candidate.due} />
          </p>
          <p className="text-stone-700">
            {candidate.claimantName} · {KIND_LABEL[candidate.kind]} · {STATUS[candidate.status].label} · stated <LocalDate value={candidate.statedAt} />
            {candidate.matched.length > 0 ? ` · shares “${candidate.matched.slice(0, 4).join("”, “")}”` : ""}
          </p>
          <Link href={href} className={linkButtonClasses}>
            Record an outcome<span className="sr-only"> for claim #{candidate.id} from this article</span>
          </Link>
        </li>
      ))}
    </ol>
  );
}
