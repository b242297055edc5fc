"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";

/**
 * On an original claim's page, reached from one of its duplicates (`?from={id}`): says so and
 * links to the duplicate's own page. Read in the browser, so the cached page stays the same for
 * every reader; `duplicateIds` keeps it to real duplicates of this claim.
 */
export function FollowedFromNotice({ duplicateIds }: { duplicateIds: number[] }) {
  const from = Number(useSearchParams().get("from"));
  if (!duplicateIds.includes(from)) return null;
  return (
    <p role="note" className="mb-4 rounded border border-blue-200 bg-blue-50 p-3 text-sm text-blue-950">
      You followed claim #{from}, the same statement reported elsewhere; this is the claim it is tracked under.{" "}
      <Link href={`/claims/${from}?stay=1`} className="underline">
        Read claim #{from} and its own history
      </Link>
      .
    </p>
  );
}
