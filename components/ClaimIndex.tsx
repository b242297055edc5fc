import Link from "next/link";
import { ClaimCard } from "@/components/ClaimCard.tsx";
import { ClaimSearchForm } from "@/components/ClaimSearchForm.tsx";
import { ExportLinks } from "@/components/ExportLinks.tsx";
import { StatusCounts } from "@/components/StatusCounts.tsx";
import {
  COUNT_CAP,
  DEFAULT_LIMIT,
  inSearchTurn,
  parseClaimSearch,
  RANK_LIMIT,
  type RawParams,
  readSearchPage,
  SORT_LABEL,
  searchHref,
  searchQueryString,
} from "@/lib/public/search.ts";
import { claimantFilterOptions } from "@/lib/public/public-claimants.ts";
import { cachedSearchCounts } from "@/lib/public/cached-search-counts.ts";
import { SearchIssues } from "@/components/SearchIssues.tsx";

/**
 * The claims index: every published claim, or those a search finds. Rendered by `/` without a
 * search (cached for every reader) and by `/search` (per request; the proxy sends `/?q=…` there).
 */
export async function ClaimIndex({ params }: { params: RawParams }) {
  const { search, issues } = parseClaimSearch(params);
  const [page, claimants] = await inSearchTurn(() => Promise.all([readSearchPage(search, { cacheCounts: cachedSearchCounts }), claimantFilterOptions(search.claimant)]));
  const withoutCursor = { ...search, cursor: undefined };
  const orderLabel = page.relevanceFallback ? SORT_LABEL.newest : SORT_LABEL[search.sort];
  const capped = page.statusCounts.some((row) => row.capped);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold tracking-tight">Claims</h1>
      <p className="mt-2 max-w-2xl text-stone-700">
        Public statements, tracked against what happened next. Follow new verdicts in the{" "}
        <a href="/feed.xml" type="application/atom+xml" className="underline">
          Atom feed
        </a>{" "}
        and claims past their due date in the{" "}
        <a href="/feed/overdue.xml" type="application/atom+xml" className="underline">
          overdue feed
        </a>
        ; the same list is <a href={`/api/claims${searchQueryString(withoutCursor)}`} className="underline">JSON</a>.
      </p>
      <ExportLinks query={searchQueryString({ ...withoutCursor, limit: DEFAULT_LIMIT })} />
      <div className="mt-6">
        <ClaimSearchForm search={search} claimants={claimants} />
      </div>
      <SearchIssues issues={issues} />
      <section aria-labelledby="counts-heading" className="mt-6">
        <h2 id="counts-heading" className="text-sm font-semibold text-stone-800">
          Claims per status{search.statuses.length > 0 ? " (before the status filter)" : ""}
        </h2>
        {capped ? (
          <p className="mt-1 text-sm text-stone-700">
            More than {COUNT_CAP.toLocaleString("en")} claims match: counting stopped there, so each number is how many of
            the {COUNT_CAP.toLocaleString("en")} most recent statements have that status.
          </p>
        ) : null}
        <div className="mt-2">
          <StatusCounts
            label="Claims per status for this search"
            counts={page.statusCounts}
            href={(status) => searchHref(withoutCursor, { statuses: [status] })}
          />
        </div>
      </section>
      <section aria-labelledby="results-heading" className="mt-8">
        <h2 id="results-heading" className="font-serif text-xl font-bold">
          {page.totalCapped ? `${page.total.toLocaleString("en")}+` : page.total} {page.total === 1 && !page.totalCapped ? "claim" : "claims"}
          <span className="ml-2 text-sm font-normal text-stone-700">· {orderLabel}</span>
        </h2>
        {page.relevanceFallback ? (
          <p role="status" className="mt-2 text-sm text-stone-700">
            Sorted by newest: by the database&apos;s estimate more than {RANK_LIMIT.toLocaleString("en")} claims match, too many
            to rank. Add words to rank by relevance.
          </p>
        ) : null}
        {page.items.length === 0 ? (
          <p className="mt-4 text-stone-700">
            {page.total === 0 ? "No published claim matches this search." : "No more claims."}{" "}
            <Link href="/" className="underline">
              Show all claims
            </Link>
          </p>
        ) : (
          <ol className="mt-4 space-y-4" aria-label={`Claims, ${orderLabel.toLowerCase()}`}>
            {page.items.map((claim) => (
              <li key={claim.id}>
                <ClaimCard claim={claim} />
              </li>
            ))}
          </ol>
        )}
        <nav aria-label="Pages" className="mt-6 flex flex-wrap justify-between gap-4">
          {search.cursor ? (
            <Link href={searchHref(withoutCursor)} className="underline">
              ← First page
            </Link>
          ) : (
            <span />
          )}
          {page.nextCursor ? (
            <Link href={searchHref(search, { cursor: page.nextCursor })} rel="next" className="font-semibold underline">
              Next page →
            </Link>
          ) : null}
        </nav>
      </section>
    </>
  );
}
