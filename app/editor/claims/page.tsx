import type { Metadata } from "next";
import Link from "next/link";
import { LocalDate } from "@/components/LocalDate.tsx";
import { fieldClasses, labelClasses, buttonClasses } from "@/components/forms/styles.ts";
import { type ClaimColumn, ClaimTable, statusColumn } from "@/components/workbench/ClaimTable.tsx";
import { EditorPage, EditorRoleRequired, linkButtonClasses } from "@/components/workbench/EditorPage.tsx";
import { db } from "@/lib/platform/db.ts";
import { userForPage } from "@/lib/accounts/page-guard.ts";
import { STATUS } from "@/lib/status.ts";
import { listClaimsForEditor, parseClaimListFilter } from "@/lib/workbench/queries.ts";

export const metadata: Metadata = { title: "Claims · Workbench" };

type Row = Awaited<ReturnType<typeof listClaimsForEditor>>[number];

const columns: ClaimColumn<Row>[] = [
  { header: "Stated", cell: (claim) => <LocalDate value={claim.statedAt} /> },
  statusColumn,
  { header: "Outcomes", cell: (claim) => claim._count.outcomes },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditorClaimsPage({ searchParams }: Props) {
  if (!(await userForPage("EDITOR", "/editor/claims"))) return <EditorRoleRequired />;
  const filter = parseClaimListFilter(await searchParams);
  const claims = await listClaimsForEditor(db, filter);
  return (
    <EditorPage title="Claims" action={<Link href="/editor/claims/new" className={linkButtonClasses}>New claim</Link>}>
      <form method="get" className="flex flex-wrap items-end gap-4" aria-label="Filter claims">
        <div className="space-y-1">
          <label htmlFor="filter-status" className={labelClasses}>Status</label>
          <select id="filter-status" name="status" defaultValue={filter.status ?? ""} className={fieldClasses}>
            <option value="">Any status</option>
            {Object.entries(STATUS).map(([value, info]) => (
              <option key={value} value={value}>{info.label}</option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-visibility" className={labelClasses}>Visibility</label>
          <select id="filter-visibility" name="visibility" defaultValue={filter.visibility ?? ""} className={fieldClasses}>
            <option value="">Drafts and published</option>
            <option value="DRAFT">Drafts</option>
            <option value="PUBLISHED">Published</option>
          </select>
        </div>
        <button type="submit" className={buttonClasses.secondary}>Filter</button>
        {filter.status || filter.visibility ? <Link href="/editor/claims" className="text-sm underline underline-offset-2">Clear filters</Link> : null}
      </form>

      <p className="mt-4 text-sm text-stone-700" role="status">
        {claims.length === 1 ? "1 claim" : `${claims.length} claims`}
        {claims.length === 200 ? " (the 200 most recently changed)" : ""}
      </p>
      {claims.length > 0 ? (
        <div className="mt-2">
          <ClaimTable caption="Claims, most recently changed first" rows={claims} columns={columns} />
        </div>
      ) : (
        <p className="mt-2 text-stone-700">No claim matches. <Link href="/editor/claims/new" className="underline">Create one</Link>.</p>
      )}
    </EditorPage>
  );
}
