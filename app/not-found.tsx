import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

/**
 * The 404 page: an unknown URL, and every `notFound()` (a draft, a claim id that does not exist).
 * A Server Component with a plain GET search form, so it works without JavaScript.
 */
export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <h1 className="font-serif text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-3 text-stone-700">
        There is no page at this address. A claim that is not published yet, or was unpublished, is not shown to
        readers either.
      </p>
      <form method="get" action="/search" role="search" aria-label="Search claims" className="mt-6 flex flex-col gap-2 sm:flex-row sm:items-end">
        <label className="flex-1">
          <span className="text-sm font-semibold text-stone-800">Search claims</span>
          <input
            type="search"
            name="q"
            placeholder="Words, names, sources…"
            className="mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-stone-900"
          />
        </label>
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
          Search
        </button>
      </form>
      <ul className="mt-6 space-y-1 text-stone-700">
        <li>
          <Link href="/" className="underline hover:text-stone-950">
            All claims
          </Link>
        </li>
        <li>
          <Link href="/claimants" className="underline hover:text-stone-950">
            Claimants
          </Link>
        </li>
        <li>
          <Link href="/sources" className="underline hover:text-stone-950">
            Sources
          </Link>
        </li>
      </ul>
    </div>
  );
}
