import { ClaimKind, ClaimStatus } from "@/generated/prisma/enums.ts";
import { type ClaimSearch, SORT_LABEL, SORTS } from "@/lib/public/search.ts";
import { KIND_LABEL } from "@/lib/labels.ts";
import type { ClaimantFilterOptions } from "@/lib/public/public-claimants.ts";
import { STATUS } from "@/lib/status.ts";

const field = "mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-stone-900";
const labelText = "text-sm font-semibold text-stone-800";

/** The index's search and filters: a plain GET form, so every state is a URL and needs no JavaScript. */
export function ClaimSearchForm({ search, claimants }: { search: ClaimSearch; claimants: ClaimantFilterOptions }) {
  const filtered =
    search.statuses.length > 0 ||
    Boolean(search.claimant || search.kind || search.tag || search.from || search.to || search.verdict || search.dueAfter || search.dueBefore || search.overdue);
  return (
    <form method="get" action="/search" role="search" aria-label="Search and filter claims" className="rounded-lg border border-stone-200 bg-white p-4">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <label className="flex-1">
          <span className={labelText}>Search claims</span>
          <input type="search" name="q" defaultValue={search.q ?? ""} placeholder="Words, names, sources…" className={field} />
        </label>
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
          Search
        </button>
      </div>
      <details open={filtered} className="mt-3">
        <summary className="cursor-pointer text-sm font-semibold text-blue-900">Filters and sort</summary>
        <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <fieldset className="sm:row-span-2">
            <legend className={labelText}>Status</legend>
            <ul className="mt-1 space-y-1">
              {Object.values(ClaimStatus).map((status) => (
                <li key={status}>
                  <label className="inline-flex items-center gap-2 text-sm">
                    <input type="checkbox" name="status" value={status} defaultChecked={search.statuses.includes(status)} className="size-4" />
                    {STATUS[status].label}
                  </label>
                </li>
              ))}
            </ul>
            <label className="mt-3 inline-flex items-center gap-2 text-sm">
              <input type="checkbox" name="verdict" value="true" defaultChecked={search.verdict} className="size-4" />
              Only claims with a verdict
            </label>
          </fieldset>
          <div>
            <label>
              <span className={labelText}>Claimant</span>
              <select name="claimant" defaultValue={search.claimant ?? ""} aria-describedby={claimants.tooMany ? "claimant-filter-hint" : undefined} className={field}>
                <option value="">Any claimant</option>
                {claimants.options.map((claimant) => (
                  <option key={claimant.slug} value={claimant.slug}>
                    {claimant.name}
                  </option>
                ))}
              </select>
            </label>
            {claimants.tooMany ? (
              <p id="claimant-filter-hint" className="mt-1 text-sm text-stone-700">
                Too many to list here: choose one on the{" "}
                <a href="/claimants" className="underline">
                  claimants list
                </a>
                .
              </p>
            ) : null}
          </div>
          <label>
            <span className={labelText}>Kind</span>
            <select name="kind" defaultValue={search.kind ?? ""} className={field}>
              <option value="">Any kind</option>
              {Object.values(ClaimKind).map((kind) => (
                <option key={kind} value={kind}>
                  {KIND_LABEL[kind]}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className={labelText}>Tag</span>
            <input type="text" name="tag" defaultValue={search.tag ?? ""} placeholder="e.g. peace-treaty" className={field} />
          </label>
          <fieldset>
            <legend className={labelText}>Statement date</legend>
            <div className="mt-1 grid grid-cols-2 gap-2">
              <label className="text-sm">
                From
                <input type="date" name="from" defaultValue={search.from ?? ""} className={field} />
              </label>
              <label className="text-sm">
                To
                <input type="date" name="to" defaultValue={search.to ?? ""} className={field} />
              </label>
            </div>
          </fieldset>
          <fieldset>
            <legend className={labelText}>Due date</legend>
            <div className="mt-1 grid grid-cols-2 gap-2">
              <label className="text-sm">
                Due from
                <input type="date" name="dueAfter" defaultValue={search.dueAfter ?? ""} className={field} />
              </label>
              <label className="text-sm">
                Due until
                <input type="date" name="dueBefore" defaultValue={search.dueBefore ?? ""} className={field} />
              </label>
            </div>
            <label className="mt-2 inline-flex items-center gap-2 text-sm">
              <input type="checkbox" name="overdue" value="true" defaultChecked={search.overdue} className="size-4" />
              Only overdue claims (due date passed, no verdict)
            </label>
          </fieldset>
          <label>
            <span className={labelText}>Sort by</span>
            <select name="sort" defaultValue={search.sort} className={field}>
              {SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {SORT_LABEL[sort]}
                  {sort === "relevance" ? " (with search words)" : ""}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p className="mt-4 flex flex-wrap gap-4">
          <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
            Apply
          </button>
          <a href="/" className="self-center text-sm underline">
            Clear all
          </a>
        </p>
      </details>
    </form>
  );
}
