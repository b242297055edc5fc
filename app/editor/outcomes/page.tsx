import type { Metadata } from "next";
import Link from "next/link";
import { LocalDate } from "@/components/LocalDate.tsx";
import { EditorPage, linkButtonClasses } from "@/components/workbench/EditorPage.tsx";
import { db } from "@/lib/platform/db.ts";
import { userForPage } from "@/lib/accounts/page-guard.ts";
import { listOutcomesForEditor } from "@/lib/workbench/queries.ts";

export const metadata: Metadata = { title: "Outcomes · Workbench" };

export default async function EditorOutcomesPage() {
  await userForPage("EDITOR", "/editor/outcomes");
  const outcomes = await listOutcomesForEditor(db);
  return (
    <EditorPage title="Outcomes" action={<Link href="/editor/outcomes/new" className={linkButtonClasses}>New outcome</Link>}>
      {outcomes.length === 0 ? (
        <p className="text-stone-700">No outcomes yet.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
            <caption className="sr-only">Outcomes, most recent first</caption>
            <thead>
              <tr className="border-b border-stone-300 text-stone-600">
                <th scope="col" className="py-2 pr-3 font-medium">Happened on</th>
                <th scope="col" className="py-2 pr-3 font-medium">Outcome</th>
                <th scope="col" className="py-2 pr-3 font-medium">Evidence</th>
                <th scope="col" className="py-2 font-medium">Linked claims</th>
              </tr>
            </thead>
            <tbody>
              {outcomes.map((outcome) => (
                <tr key={outcome.id} className="border-b border-stone-200 align-top">
                  <td className="py-2 pr-3 whitespace-nowrap"><LocalDate value={outcome.occurredAt} /></td>
                  <td className="py-2 pr-3">
                    <Link href={`/editor/outcomes/${outcome.id}`} className="font-medium underline-offset-2 hover:underline">{outcome.title}</Link>
                  </td>
                  <td className="py-2 pr-3 break-all">{outcome.source?.title ?? outcome.url ?? "—"}</td>
                  <td className="py-2">{outcome._count.claims}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </EditorPage>
  );
}
