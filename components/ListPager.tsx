import Link from "next/link";
import { listPagePath } from "@/lib/public/list-pages.ts";

/** "Page 2 of 500" with the previous and next pages of a paged list (lib/public/list-pages.ts). */
export function ListPager({ list, page, pages, label }: { list: string; page: number; pages: number; label: string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={`Pages of ${label}`} className="mt-8 flex flex-wrap items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={listPagePath(list, page - 1)} rel="prev" className="underline">
          ← Previous page
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-700">
        Page {page.toLocaleString("en")} of {pages.toLocaleString("en")}
      </span>
      {page < pages ? (
        <Link href={listPagePath(list, page + 1)} rel="next" className="font-semibold underline">
          Next page →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
