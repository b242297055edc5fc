import type { Metadata } from "next";
import Link from "next/link";
import { LocalDate } from "@/components/LocalDate.tsx";
import { fieldClasses, labelClasses, buttonClasses } from "@/components/forms/styles.ts";
import { type ClaimColumn, ClaimTable, statusColumn } from "@/components/workbench/ClaimTable.tsx";
import { SearchIssues } from "@/components/SearchIssues.tsx";
import { BulkClaimsForm } from "@/components/workbench/BulkClaimsForm.tsx";
import { BULK_FORM_ID } from "@/components/workbench/bulk-form.ts";
import { EditorPage, linkButtonClasses } from "@/components/workbench/EditorPage.tsx";
import { db } from "@/lib/platform/db.ts";
import { userForPage } from "@/lib/accounts/page-guard.ts";
import { STATUS } from "@/lib/status.ts";
import { assignableEditors } from "@/lib/workbench/assignment.ts";
import { BULK_LIMIT } from "@/lib/workbench/bulk.ts";
import {
  CLAIM_LIST_PAGE_SIZE,
  CLAIM_STATE_LABEL,
  CLAIM_STATES,
  claimListFilterOptions,
  claimListQueryString,
  listClaimsForEditor,
  parseClaimListQuery,
} from "@/lib/workbench/claim-list.ts";

export const metadata: Metadata = { title: "Claims · Workbench" };

type Row = Awaited<ReturnType<typeof listClaimsForEditor>>["claims"][number];

const columns: ClaimColumn<Row>[] = [
  {
    header: "Select",
    // In the batch form above the table (form=): the version is the one the editor saw.
    cell: (claim) => (
      <input type="checkbox" name="claim" value={`${claim.id}:${claim.version}`} form={BULK_FORM_ID} aria-label={`Select claim #${claim.id}`} className="size-4" />
    ),
  },
  { header: "Stated", cell: (claim) => <LocalDate value={claim.statedAt} /> },
  statusColumn,
  { header: "Outcomes", cell: (claim) => claim.outcomeCount },
  { header: "Assignee", cell: (claim) => claim.assigneeName ?? <span className="text-stone-600">none</span> },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditorClaimsPage({ searchParams }: Props) {
  const user = await userForPage("EDITOR", "/editor/claims");
  const { query, issues } = parseClaimListQuery(await searchParams);
  const { search } = query;
  const [{ claims, total, pages }, options, editors] = await Promise.all([
    listClaimsForEditor(db, query, CLAIM_LIST_PAGE_SIZE, user.id),
    claimListFilterOptions(db),
    assignableEditors(db),
  ]);
  const filtered = Boolean(search.q || search.statuses.length > 0 || search.claimant || search.overdue || query.state || query.source || query.assignee !== undefined);
  const pageHref = (page: number) => `/editor/claims${claimListQueryString(query, { page })}`;
  return (
    <EditorPage title="Claims" action={<Link href="/editor/claims/new" className={linkButtonClasses}>New claim</Link>}>
      <form method="get" action="/editor/claims" role="search" aria-label="Search and filter claims" className="space-y-4">
        <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <div className="flex-1 space-y-1">
            <label htmlFor="list-q" className={labelClasses}>Search claims</label>
            <input id="list-q" type="search" name="q" defaultValue={search.q ?? ""} placeholder="Words of the quote, names, aliases…" className={fieldClasses} />
          </div>
          <button type="submit" className={buttonClasses.primary}>Search</button>
        </div>
        <div className="flex flex-wrap items-end gap-4">
          <div className="space-y-1">
            <label htmlFor="list-status" className={labelClasses}>Status</label>
            <select id="list-status" name="status" defaultValue={search.statuses[0] ?? ""} className={fieldClasses}>
              <option value="">Any status</option>
              {Object.entries(STATUS).map(([value, info]) => (
                <option key={value} value={value}>{info.label}</option>
              ))}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="list-state" className={labelClasses}>State</label>
            <select id="list-state" name="state" defaultValue={query.state ?? ""} className={fieldClasses}>
              <option value="">Any state</option>
              {CLAIM_STATES.map((state) => (
                <option key={state} value={state}>{CLAIM_STATE_LABEL[state]}</option>
              ))}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="list-assignee" className={labelClasses}>Assignee</label>
            <select id="list-assignee" name="assignee" defaultValue={query.assignee ?? ""} className={fieldClasses}>
              <option value="">Anyone or no one</option>
              <option value="me">Me</option>
              <option value="none">Unassigned</option>
              {editors.map((editor) => (
                <option key={editor.id} value={editor.id}>{editor.name}</option>
              ))}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="list-claimant" className={labelClasses}>Claimant</label>
            <select id="list-claimant" name="claimant" defaultValue={search.claimant ?? ""} className={fieldClasses}>
              <option value="">Any claimant</option>
              {options.claimants.map((claimant) => (
                <option key={claimant.slug} value={claimant.slug}>{claimant.name}</option>
              ))}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="list-source" className={labelClasses}>Source</label>
            <select id="list-source" name="source" defaultValue={query.source ?? ""} className={`${fieldClasses} max-w-xs`}>
              <option value="">Any source</option>
              {options.sources.map((source) => (
                <option key={source.id} value={source.id}>{source.title}</option>
              ))}
            </select>
          </div>
          <label className="inline-flex items-center gap-2 pb-2 text-sm">
            <input type="checkbox" name="overdue" value="true" defaultChecked={search.overdue} className="size-4" />
            Only overdue (due date passed, no verdict)
          </label>
          <button type="submit" className={buttonClasses.secondary}>Filter</button>
          {filtered ? <Link href="/editor/claims" className="pb-2 text-sm underline underline-offset-2">Clear search and filters</Link> : null}
        </div>
      </form>

      <SearchIssues issues={issues} />

      <p className="mt-4 text-sm text-stone-700" role="status">
        {total === 1 ? "1 claim" : `${total} claims`}
        {pages > 1 ? `, page ${Math.min(query.page, pages)} of ${pages}` : ""}
      </p>
      {claims.length > 0 ? <BulkClaimsForm query={claimListQueryString(query, { page: 1 })} total={total} limit={BULK_LIMIT} editors={editors} /> : null}
      {claims.length > 0 ? (
        <div className="mt-2">
          <ClaimTable caption="Claims, most recently changed first" rows={claims} columns={columns} />
        </div>
      ) : total > 0 ? (
        <p className="mt-2 text-stone-700">
          There is no page {query.page}. <Link href={pageHref(1)} className="underline">Go to the first page</Link>.
        </p>
      ) : (
        <p className="mt-2 text-stone-700">No claim matches. <Link href="/editor/claims/new" className="underline">Create one</Link>.</p>
      )}
      {pages > 1 ? (
        <nav aria-label="Pages of claims" className="mt-4 flex gap-4 text-sm">
          {query.page > 1 ? <Link href={pageHref(Math.min(query.page - 1, pages))} className="underline underline-offset-2">Previous page</Link> : null}
          {query.page < pages ? <Link href={pageHref(query.page + 1)} className="underline underline-offset-2">Next page</Link> : null}
        </nav>
      ) : null}
    </EditorPage>
  );
}
