import Link from "next/link";
import { StatusBadge } from "@/components/StatusBadge.tsx";
import { DateTime } from "@/components/workbench/DateTime.tsx";
import type { HistoryEntry } from "@/lib/workbench/history.ts";

/** Every change of a claim, newest first, with who did it. */
export function ClaimHistory({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-stone-700">No history yet.</p>;
  return (
    <ol className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white" aria-label="History, newest first">
      {entries.map((entry) => (
        <li key={entry.id} className="px-3 py-2 text-sm" data-event-type={entry.type}>
          <p className="flex flex-wrap items-baseline gap-x-2">
            <span className="font-semibold">{entry.label}</span>{" "}
            <span className="text-stone-700">
              {entry.proposedByName ? `proposed by ${entry.proposedByName}, approved by ` : "by "}
              {entry.actorName ?? "an unknown user"},
            </span>{" "}
            <span className="text-stone-600">
              <DateTime value={entry.at} />
            </span>
          </p>
          {entry.to ? (
            <p className="mt-1 flex flex-wrap items-center gap-2">
              {entry.from ? <StatusBadge status={entry.from.status} /> : null}
              <span aria-hidden="true">→</span>
              <span className="sr-only">to</span>
              <StatusBadge status={entry.to.status} />
            </p>
          ) : null}
          {entry.outcome ? (
            <p className="mt-1">
              Outcome:{" "}
              <Link href={`/editor/outcomes/${entry.outcome.id}`} className="underline underline-offset-2">
                {entry.outcome.title}
              </Link>
            </p>
          ) : null}
          {entry.linked ? (
            <p className="mt-1">
              {entry.linked.label}{" "}
              <Link href={`/editor/claims/${entry.linked.claimId}`} className="underline underline-offset-2">
                claim #{entry.linked.claimId}
              </Link>
            </p>
          ) : null}
          {entry.rationale ? <p className="mt-1 whitespace-pre-line text-stone-800">{entry.rationale}</p> : null}
          {entry.correction ? (
            <p className="mt-1 whitespace-pre-line text-amber-950">
              <span className="font-semibold">Correction readers see: </span>
              {entry.correction}
            </p>
          ) : null}
          {entry.changes.length > 0 ? (
            <dl className="mt-2 grid gap-x-3 gap-y-1 sm:grid-cols-[max-content_1fr]">
              {entry.changes.map((change) => (
                <div key={change.field} className="contents">
                  <dt className="font-medium text-stone-700">{change.label}</dt>
                  <dd>
                    {change.from !== null ? <del className="text-stone-600">{change.from}</del> : null}
                    {change.from !== null && change.to !== null ? <span aria-hidden="true"> → </span> : null}
                    {change.to !== null ? <ins className="no-underline font-medium">{change.to}</ins> : null}
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
