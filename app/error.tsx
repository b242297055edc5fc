"use client"; // Error boundaries are Client Components.

import Link from "next/link";

// The error id shown here is Next.js's `digest`. In production the browser never gets a server
// error's message (Next.js replaces it), only the digest; the server logs the full error with the
// same `digest`, so "Error id: 2817474810" finds it in the log. An error already reported through
// lib/internal-errors.ts carries that id as its digest, which Next.js keeps: the page then shows
// our six-character id and our `[error 7f3a9c]` log line is the one to look for. An error thrown in
// the browser has no digest (nothing was logged on the server) and is shown without an id.

/** A page below the root layout failed: the site's frame stays, with a generic message and the id. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
  return (
    <div className="max-w-2xl" role="alert">
      <h1 className="font-serif text-3xl font-bold tracking-tight">Something went wrong</h1>
      <p className="mt-3 text-stone-700">
        This page could not be shown; nothing was changed. Try again in a minute. If it keeps failing, tell the
        editors what you were doing{digest ? " and the error id below" : ""}.
      </p>
      {digest ? (
        <p className="mt-3 text-sm text-stone-700">
          Error id: <code className="rounded bg-stone-100 px-1.5 py-0.5 font-mono text-stone-900">{digest}</code>
        </p>
      ) : null}
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded-md bg-stone-900 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-stone-700"
        >
          Try again
        </button>
        <Link href="/" className="text-sm font-medium text-stone-700 underline hover:text-stone-950">
          Back to the claims
        </Link>
      </div>
    </div>
  );
}
