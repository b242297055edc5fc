import type { Metadata } from "next";
import { StatusBadge } from "@/components/StatusBadge.tsx";
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
                “{claim.quote}”{claim.visibility === "DRAFT" ? <span className="ml-2 text-xs font-sans font-semibold uppercase text-amber-800">Draft</span> : null}
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
  const { drafts, recentlyChanged } = await loadEditorDashboard(db);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold tracking-tight">Workbench</h1>
      <section aria-labelledby="drafts-heading" className="mt-8">
        <h2 id="drafts-heading" className="text-xl font-semibold">Drafts</h2>
        <p className="text-sm text-stone-700">Not visible to readers until published.</p>
        <ClaimTable caption="Draft claims" rows={drafts} />
      </section>
      <section aria-labelledby="recent-heading" className="mt-10">
        <h2 id="recent-heading" className="text-xl font-semibold">Recently changed</h2>
        <ClaimTable caption="Recently changed claims" rows={recentlyChanged} />
      </section>
    </>
  );
}
