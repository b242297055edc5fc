import Link from "next/link";
import { LocalDate } from "@/components/LocalDate.tsx";
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
 * "This article may bear on": the open claims the article may report an outcome for (promises and
 * predictions first, due or overdue ones first among them), folded to their count so the source page
 * stays within two screens; each opens the new-outcome form with this article as its source.
 */
export function OutcomeCandidates({ candidates }: { candidates: { candidate: OutcomeCandidate; href: string }[] }) {
  if (candidates.length === 0) return <p className="text-sm text-stone-700">No open claim seems to be concerned by this article.</p>;
  const overdue = candidates.filter(({ candidate }) => candidate.due.state === "overdue").length;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer">
        {candidates.length === 1 ? "1 open claim" : `${candidates.length} open claims`}
        {overdue > 0 ? <span className="font-semibold text-rose-800">, {overdue} overdue</span> : null}: this article may report an outcome for them
      </summary>
      <ol className="mt-2 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" aria-label="Open claims this article may bear on, most likely first">
        {candidates.map(({ candidate, href }) => (
          <li key={candidate.id} className="px-3 py-1.5">
            <Link href={`/editor/claims/${candidate.id}`} className="font-medium text-stone-900 underline underline-offset-2">
              #{candidate.id} {candidate.headline ?? `“${candidate.quote.length > 80 ? `${candidate.quote.slice(0, 77)}…` : candidate.quote}”`}
            </Link>
            <Due due={candidate.due} /> ·{" "}
            <Link href={href} className="underline underline-offset-2">
              Record an outcome<span className="sr-only"> for claim #{candidate.id} from this article</span>
            </Link>
            <span className="block text-xs text-stone-700">
              {candidate.claimantName} · {KIND_LABEL[candidate.kind]} · {STATUS[candidate.status].label} · stated <LocalDate value={candidate.statedAt} />
              {candidate.matched.length > 0 ? ` · shares “${candidate.matched.slice(0, 4).join("”, “")}”` : ""}
            </span>
          </li>
        ))}
      </ol>
    </details>
  );
}
