import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/StatusBadge.tsx";
import { EditorPage, EditorRoleRequired, linkButtonClasses } from "@/components/workbench/EditorPage.tsx";
import { userForPage } from "@/lib/page-guard.ts";
import { db } from "@/lib/db.ts";
import { loadEditorDashboard } from "@/lib/editor-dashboard.ts";

export const metadata: Metadata = { title: "Workbench" };

type Row = Awaited<ReturnType<typeof loadEditorDashboard>>["drafts"][number];

function ClaimTable({ caption, rows }: { caption: string; rows: Row[] }) {
  if (rows.length === 0) return <p className="mt-2 text-sm text-stone-700">None.</p>;
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full min-w-[32rem] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-stone-300 text-stone-600">
            <th scope="col" className="py-2 pr-3 font-medium">Quote</th>
            <th scope="col" className="py-2 pr-3 font-medium">Claimant</th>
            <th scope="col" className="py-2 pr-3 font-medium">Status</th>
            <th scope="col" className="py-2 font-medium">Updated</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((claim) => (
            <tr key={claim.id} className="border-b border-stone-200 align-top">
              <td className="py-2 pr-3 font-serif">
                <Link href={`/editor/claims/${claim.id}`} className="underline-offset-2 hover:underline">
                  “{claim.quote}”
                </Link>
                {claim.visibility === "DRAFT" ? <span className="ml-2 text-xs font-sans font-semibold uppercase text-amber-800">Draft</span> : null}
              </td>
              <td className="py-2 pr-3">{claim.claimant.name}</td>
              <td className="py-2 pr-3"><StatusBadge status={claim.status} /></td>
              <td className="py-2 whitespace-nowrap"><time dateTime={claim.updatedAt.toISOString()}>{claim.updatedAt.toISOString().slice(0, 10)}</time></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function EditorHomePage() {
  if (!(await userForPage("EDITOR", "/editor"))) return <EditorRoleRequired />;
  const { drafts, recentlyChanged, orphaned } = await loadEditorDashboard(db);
  return (
    <EditorPage
      title="Workbench"
      action={
        <Link href="/editor/claims/new" className={linkButtonClasses}>
          New claim
        </Link>
      }
    >
      {orphaned.length > 0 ? (
        <section aria-labelledby="orphaned-heading" className="mb-8 rounded-lg border border-rose-300 bg-rose-50 p-4">
          <h2 id="orphaned-heading" className="text-lg font-semibold text-rose-900">Orphaned anchors</h2>
          <p className="text-sm text-rose-900">These claims&apos; words are no longer in their source&apos;s text.</p>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {orphaned.map((claim) => (
              <li key={claim.id}>
                <Link href={`/editor/claims/${claim.id}`} className="underline underline-offset-2">“{claim.quote}”</Link>
                {claim.source ? <> in <Link href={`/editor/sources/${claim.source.id}`} className="underline underline-offset-2">{claim.source.title}</Link></> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="drafts-heading">
        <h2 id="drafts-heading" className="text-xl font-semibold">Drafts</h2>
        <p className="text-sm text-stone-700">Not visible to readers until published.</p>
        <ClaimTable caption="Draft claims" rows={drafts} />
      </section>
      <section aria-labelledby="recent-heading" className="mt-10">
        <h2 id="recent-heading" className="text-xl font-semibold">Recently changed</h2>
        <ClaimTable caption="Recently changed claims" rows={recentlyChanged} />
      </section>
    </EditorPage>
  );
}
