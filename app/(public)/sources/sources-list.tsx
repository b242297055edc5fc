import Link from "next/link";
import { ListPager } from "@/components/ListPager.tsx";
import { LocalDate } from "@/components/LocalDate.tsx";
import { db } from "@/lib/platform/db.ts";
import { pageCount } from "@/lib/public/list-pages.ts";
import { countPublicSources, listPublicSources } from "@/lib/public/public-sources.ts";

/** A page of the sources list: the first at /sources, the others at /sources/page/{n} (null when there is no such page). */
export async function SourcesList({ page }: { page: number }) {
  const [sources, total] = await Promise.all([listPublicSources(db, { page }), countPublicSources()]);
  const pages = pageCount(total);
  if (page > pages) return null;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold tracking-tight">Sources</h1>
      <p className="mt-2 max-w-2xl text-stone-700">
        The articles that claims are quoted from and outcomes are reported in
        {total > 0 ? `: ${total.toLocaleString("en")}, newest first` : ""}.
      </p>
      {sources.length === 0 ? (
        <p className="mt-8 text-stone-700">No sources yet.</p>
      ) : (
        <ul className="mt-8 space-y-4" aria-label="Sources, newest first">
          {sources.map((source) => (
            <li key={source.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <h2 className="font-semibold">
                <Link href={`/sources/${source.id}`} className="underline">
                  {source.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-stone-700">
                {[source.publisher, source.author].filter(Boolean).join(" · ")}
                {source.publishedAt ? (
                  <>
                    {source.publisher || source.author ? " · " : null}
                    <LocalDate value={source.publishedAt} />
                  </>
                ) : null}
              </p>
              <p className="mt-1 text-sm text-stone-700">
                {source.publishedClaims} {source.publishedClaims === 1 ? "claim" : "claims"} quoted
              </p>
            </li>
          ))}
        </ul>
      )}
      <ListPager list="/sources" page={page} pages={pages} label="the sources list" />
    </>
  );
}
