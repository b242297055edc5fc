"use client"; // Error boundaries are Client Components.

import Link from "next/link";
import { ErrorMessage, homeLinkClasses } from "@/components/ErrorMessage.tsx";

// The error id shown here is Next.js's `digest`. In production the browser never gets a server
// error's message (Next.js replaces it), only the digest; the server logs the full error with the
// same `digest`, so "Error id: 2817474810" finds it in the log. An error already reported through
// lib/internal-errors.ts carries that id as its digest, which Next.js keeps: the page then shows
// our six-character id and our `[error 7f3a9c]` log line is the one to look for. An error thrown in
// the browser has no digest (nothing was logged on the server) and is shown without an id.

/** A page below the root layout failed: the site's frame stays, with a generic message and the id. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const home = (
    <Link href="/" className={homeLinkClasses}>
      Back to the claims
    </Link>
  );
  return <ErrorMessage error={error} retry={retry} what="This page" home={home} />;
}
