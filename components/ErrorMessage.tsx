"use client";

import type { ReactNode } from "react";

/** The id Next.js gives a server error (`digest`, logged with the full error on the server), if any. */
export function errorDigest(error: unknown): string | undefined {
  return error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
}

/**
 * What both error boundaries show: a generic message, the error id, Try again and a way back.
 * `home` is the link back, a plain <a> where the app's router may be what failed.
 */
export function ErrorMessage({ error, retry, what, home }: { error: unknown; retry: () => void; what: string; home: ReactNode }) {
  const digest = errorDigest(error);
  return (
    <div className="max-w-2xl" role="alert">
      <h1 className="font-serif text-3xl font-bold tracking-tight">Something went wrong</h1>
      <p className="mt-3 text-stone-700">
        {what} could not be shown; nothing was changed. Try again in a minute. If it keeps failing, tell the editors what
        you were doing{digest ? " and the error id below" : ""}.
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
        {home}
      </div>
    </div>
  );
}

export const homeLinkClasses = "text-sm font-medium text-stone-700 underline hover:text-stone-950";
