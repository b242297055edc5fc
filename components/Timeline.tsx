import type { ClaimLinkRole } from "@/generated/prisma/enums.ts";
import { LocalDate } from "@/components/LocalDate.tsx";
import { StatusBadge } from "@/components/StatusBadge.tsx";
import { RELATION_LABEL } from "@/lib/labels.ts";
import { STATUS } from "@/lib/status.ts";
import { layoutTimeline, type TimelineEntry } from "@/lib/public/timeline.ts";

const dateText = (date: Date) => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" }).format(date);

function Marker({ entry, x, y }: { entry: TimelineEntry; x: number; y: number }) {
  if (entry.kind === "statement") return <circle cx={x} cy={y} r={10} className="fill-stone-900" />;
  if (entry.kind === "outcome") return <rect x={x - 9} y={y - 9} width={18} height={18} rx={2} className="fill-blue-700" />;
  if (entry.kind === "link") return <polygon points={`${x},${y - 12} ${x + 11},${y + 8} ${x - 11},${y + 8}`} className="fill-emerald-800" />;
  if (entry.kind === "withdrawn") {
    return <polygon points={`${x},${y - 11} ${x + 10},${y - 5.5} ${x + 10},${y + 5.5} ${x},${y + 11} ${x - 10},${y + 5.5} ${x - 10},${y - 5.5}`} className="fill-red-800" />;
  }
  return <rect x={x - 9} y={y - 9} width={18} height={18} transform={`rotate(45 ${x} ${y})`} className="fill-amber-700" />;
}

/** The words around "claim #N" for a link to another claim, made or removed. */
const LINK_WORDS: Record<ClaimLinkRole, Record<"made" | "removed", [before: string, after: string]>> = {
  DUPLICATE_OF: { made: ["Marked as a duplicate of ", ""], removed: ["No longer marked as a duplicate of ", ""] },
  DUPLICATED_BY: { made: ["", " marked as a duplicate of this claim"], removed: ["", " no longer marked as a duplicate of this claim"] },
  RELATED: { made: ["Linked as related to ", ""], removed: ["No longer linked as related to ", ""] },
};

function LinkText({ entry }: { entry: Extract<TimelineEntry, { kind: "link" }> }) {
  const [before, after] = LINK_WORDS[entry.role][entry.linked ? "made" : "removed"];
  return (
    <>
      {before}
      {/* stay=1: the other claim's own page, even when it is a duplicate of this one. */}
      <a href={`/claims/${entry.claimId}?stay=1`} className="text-blue-800 underline">
        {before ? "claim" : "Claim"} #{entry.claimId}
      </a>
      {after}
    </>
  );
}

/**
 * The claim's history on a time axis (SVG, drawn on the server), with the same numbered entries
 * as a list beside it: the list carries the rationale texts and is what assistive technology reads.
 * `outcomeLinks`: the page lists the outcomes (the entries link to them); a withdrawn claim's does not.
 */
export function Timeline({ entries, id, outcomeLinks = true }: { entries: TimelineEntry[]; id: string; outcomeLinks?: boolean }) {
  const layout = layoutTimeline(entries);
  const count = (kind: TimelineEntry["kind"]) => entries.filter((entry) => entry.kind === kind).length;
  const first = entries[0];
  const last = entries.at(-1);
  const links = count("link");
  const withdrawn = count("withdrawn") > 0;
  const description =
    first && last
      ? `${entries.length} entries from ${dateText(first.at)} to ${dateText(last.at)}: the statement, ` +
        `${count("outcome")} outcome(s), ${count("status")} status change(s)${links > 0 ? ` and ${links} link(s) to other claims` : ""}` +
        `${withdrawn ? ", and its withdrawal" : ""}. Each is listed below with its number.`
      : "No entries.";
  return (
    <div>
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        className="h-auto w-full"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>Timeline of the claim</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <line x1={8} x2={layout.width - 8} y1={layout.axisY} y2={layout.axisY} className="stroke-stone-400" strokeWidth={2} />
        {layout.years.map(({ x, year }) => (
          <g key={year}>
            <line x1={x} x2={x} y1={layout.axisY - 6} y2={layout.axisY + 6} className="stroke-stone-500" strokeWidth={1.5} />
            <text x={x} y={layout.axisY + 22} textAnchor="middle" className="fill-stone-700 text-[13px]">
              {year}
            </text>
          </g>
        ))}
        {layout.markers.map(({ x, y, number, entry }) => (
          <g key={number}>
            <line x1={x} x2={x} y1={y} y2={layout.axisY} className="stroke-stone-300" strokeWidth={1} />
            <Marker entry={entry} x={x} y={y} />
            <text x={x} y={y + 4} textAnchor="middle" className="fill-white text-[11px] font-bold">
              {number}
            </text>
          </g>
        ))}
      </svg>
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-700" aria-hidden="true">
        <span>● statement</span>
        <span>■ outcome</span>
        <span>◆ status change</span>
        {links > 0 ? <span>▲ link to another claim</span> : null}
        {withdrawn ? <span>⬢ withdrawn</span> : null}
      </p>
      <ol className="mt-4 space-y-4 border-l-2 border-stone-200 pl-4" aria-label="Timeline entries, oldest first">
        {entries.map((entry, index) => (
          <li key={index} className="relative">
            <p className="text-sm text-stone-700">
              <span className="font-semibold text-stone-900">{index + 1}.</span> <LocalDate value={entry.at} />
            </p>
            <p className="mt-1 font-medium text-stone-900">
              {entry.kind === "status" ? (
                <>
                  Status changed{entry.from ? <> from {STATUS[entry.from].label}</> : null} to <StatusBadge status={entry.to} />
                </>
              ) : entry.kind === "outcome" ? (
                <>
                  Outcome ({RELATION_LABEL[entry.relation].toLowerCase()}):{" "}
                  {outcomeLinks ? (
                    <a href={`#outcome-${entry.outcomeId}`} className="text-blue-800 underline">
                      {entry.title}
                    </a>
                  ) : (
                    entry.title
                  )}
                </>
              ) : entry.kind === "link" ? (
                <LinkText entry={entry} />
              ) : entry.kind === "withdrawn" ? (
                "Withdrawn"
              ) : (
                "Statement made"
              )}
            </p>
            {entry.kind === "status" && entry.rationale ? (
              <p className="mt-1 text-sm text-stone-800">
                <span className="sr-only">Rationale: </span>
                {entry.rationale}
              </p>
            ) : null}
            {entry.kind === "withdrawn" && entry.reason ? (
              <p className="mt-1 text-sm text-stone-800">
                <span className="sr-only">Reason: </span>
                {entry.reason}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
