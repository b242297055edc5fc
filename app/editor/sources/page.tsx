import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses, fieldClasses, labelClasses } from "@/components/forms/styles.ts";
import { LocalDate } from "@/components/LocalDate.tsx";
import { EditorPage } from "@/components/workbench/EditorPage.tsx";
import { userForPage } from "@/lib/accounts/page-guard.ts";
import { db } from "@/lib/platform/db.ts";
import { listSources } from "@/lib/workbench/sources.ts";

export const metadata: Metadata = { title: "Sources" };

export default async function EditorSourcesPage({ searchParams }: PageProps<"/editor/sources">) {
  await userForPage("EDITOR", "/editor/sources");
  const { q } = await searchParams;
  const query = typeof q === "string" ? q.slice(0, 200) : "";
  const sources = await listSources(db, query);
  return (
    <EditorPage
      title="Sources"
      action={
        <Link href="/editor/sources/new" className={buttonClasses.primary}>
          Add a source
        </Link>
      }
    >
      <form role="search" className="flex flex-wrap items-end gap-2" action="/editor/sources">
        <div className="grow">
          <label htmlFor="source-search" className={labelClasses}>
            Search sources
          </label>
          <input id="source-search" name="q" type="search" defaultValue={query} className={fieldClasses} placeholder="Title, publisher or URL" />
        </div>
        <button type="submit" className={buttonClasses.secondary}>
          Search
        </button>
      </form>
      {sources.length === 0 ? (
        <p className="mt-6 text-stone-700">{query ? "No source matches that search." : "No sources yet."}</p>
      ) : (
        <ul className="mt-6 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" aria-label="Sources">
          {sources.map((source) => (
            <li key={source.id} className="p-4">
              <Link href={`/editor/sources/${source.id}`} className="font-semibold text-stone-900 underline-offset-2 hover:underline">
                {source.title}
              </Link>
              <p className="mt-1 text-sm text-stone-700">
                {[source.publisher, source.url].filter(Boolean).join(" · ")}
                {source.publishedAt ? (
                  <>
                    {" · "}
                    <LocalDate value={source.publishedAt} />
                  </>
                ) : null}
                {` · ${source._count.claims} claim${source._count.claims === 1 ? "" : "s"}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </EditorPage>
  );
}
