import type { ClaimStatus } from "@/generated/prisma/enums.ts";
import { STATUS } from "@/lib/status.ts";

/**
 * Claims per status as a labelled list; `href` turns each status into a link (e.g. a filter). A
 * `capped` count is a lower bound (counting stopped early) and is shown as "123+".
 */
export function StatusCounts({
  counts,
  label,
  href,
}: {
  counts: { status: ClaimStatus; count: number; capped?: boolean }[];
  label: string;
  href?: (status: ClaimStatus) => string;
}) {
  const total = counts.reduce((sum, { count }) => sum + count, 0);
  return (
    <ul aria-label={label} className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
      {counts.map(({ status, count, capped }) => (
        <li key={status} className="flex items-center gap-2">
          <span className="w-40 shrink-0">
            {href && (count > 0 || capped) ? (
              <a href={href(status)} className="underline">
                {STATUS[status].label}
              </a>
            ) : (
              STATUS[status].label
            )}
          </span>
          <span className={`${capped ? "w-16" : "w-8"} text-right font-semibold tabular-nums`}>
            {capped ? `${count.toLocaleString("en")}+` : count}
          </span>
          <span aria-hidden="true" className="h-2 flex-1 rounded bg-stone-100">
            <span className="block h-2 rounded bg-stone-500" style={{ width: total ? `${(count / total) * 100}%` : 0 }} />
          </span>
        </li>
      ))}
    </ul>
  );
}
