"use client"; // Error boundaries are Client Components.

import "./globals.css";
import { ErrorMessage, homeLinkClasses } from "@/components/ErrorMessage.tsx";

// Replaces the root layout when the layout itself failed — e.g. the site header, which reads the
// signed-in user from the database, when the database is down. It renders its own document, so
// the header and footer are drawn here without the database. The id is Next.js's `digest`, as in
// app/error.tsx (which explains how it matches the server's log).

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
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
          <ErrorMessage
            error={error}
            retry={retry}
            what="The site"
            home={
              <a href="/" className={homeLinkClasses}>
                Back to the claims
              </a>
            }
          />
        </main>
      </body>
    </html>
  );
}
