import type { Metadata } from "next";
import Link from "next/link";
import { LocalDate } from "@/components/LocalDate.tsx";
import { StatusBadge } from "@/components/StatusBadge.tsx";
import { fieldClasses, labelClasses, buttonClasses } from "@/components/forms/styles.ts";
import { EditorPage, EditorRoleRequired, linkButtonClasses } from "@/components/workbench/EditorPage.tsx";
import { db } from "@/lib/db.ts";
import { userForPage } from "@/lib/page-guard.ts";
import { STATUS } from "@/lib/status.ts";
import { listClaimsForEditor, parseClaimListFilter } from "@/lib/workbench/queries.ts";

export const metadata: Metadata = { title: "Claims · Workbench" };

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
        <div className="mt-2 overflow-x-auto">
          <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
            <caption className="sr-only">Claims, most recently changed first</caption>
            <thead>
              <tr className="border-b border-stone-300 text-stone-600">
                <th scope="col" className="py-2 pr-3 font-medium">Quote</th>
                <th scope="col" className="py-2 pr-3 font-medium">Claimant</th>
                <th scope="col" className="py-2 pr-3 font-medium">Stated</th>
                <th scope="col" className="py-2 pr-3 font-medium">Status</th>
                <th scope="col" className="py-2 pr-3 font-medium">Outcomes</th>
                <th scope="col" className="py-2 font-medium">Visibility</th>
              </tr>
            </thead>
            <tbody>
              {claims.map((claim) => (
                <tr key={claim.id} className="border-b border-stone-200 align-top">
                  <td className="py-2 pr-3 font-serif">
                    <Link href={`/editor/claims/${claim.id}`} className="underline-offset-2 hover:underline">“{claim.quote}”</Link>
                  </td>
                  <td className="py-2 pr-3">{claim.claimant.name}</td>
                  <td className="py-2 pr-3 whitespace-nowrap"><LocalDate value={claim.statedAt} /></td>
                  <td className="py-2 pr-3"><StatusBadge status={claim.status} /></td>
                  <td className="py-2 pr-3">{claim._count.outcomes}</td>
                  <td className="py-2">{claim.visibility === "DRAFT" ? "Draft" : "Published"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-2 text-stone-700">No claim matches. <Link href="/editor/claims/new" className="underline">Create one</Link>.</p>
      )}
    </EditorPage>
  );
}
