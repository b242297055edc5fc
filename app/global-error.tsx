"use client"; // Error boundaries are Client Components.

import "./globals.css";

// Replaces the root layout when the layout itself failed — e.g. the site header, which reads the
// signed-in user from the database, when the database is down. It renders its own document, so
// the header and footer are drawn here without the database. The id is Next.js's `digest`, as in
// app/error.tsx (which explains how it matches the server's log).

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <title>Something went wrong · Claim Ledger</title>
        <header className="border-b border-stone-200 bg-white">
          <div className="mx-auto max-w-5xl px-4 py-3">
            {/* A plain link: the app's router may be what failed. */}
            <a href="/" className="font-serif text-xl font-bold tracking-tight text-stone-900 no-underline">
              Claim Ledger
            </a>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          <div className="max-w-2xl" role="alert">
            <h1 className="font-serif text-3xl font-bold tracking-tight">Something went wrong</h1>
            <p className="mt-3 text-stone-700">
              The site could not be shown; nothing was changed. Try again in a minute. If it keeps failing, tell the
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
              <a href="/" className="text-sm font-medium text-stone-700 underline hover:text-stone-950">
                Back to the claims
              </a>
            </div>
          </div>
        </main>
      </body>
    </html>
  );
}
