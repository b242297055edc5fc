import type { Metadata } from "next";
import Link from "next/link";
import { LocalDate } from "@/components/LocalDate.tsx";
import { StatusBadge } from "@/components/StatusBadge.tsx";
import { DuplicatePairActions } from "@/components/workbench/DuplicatePairActions.tsx";
import { EditorPage } from "@/components/workbench/EditorPage.tsx";
import { db } from "@/lib/platform/db.ts";
import { type DuplicatePair, findDuplicatePage, PAIR_THRESHOLD, WINDOW_DAYS } from "@/lib/workbench/duplicate-finder.ts";
import { userForPage } from "@/lib/accounts/page-guard.ts";

export const metadata: Metadata = { title: "Likely duplicates · Workbench" };

type Props = { searchParams: Promise<{ after?: string | string[] }> };

function ClaimSide({ claim }: { claim: DuplicatePair["first"] }) {
  return (
    <div className="min-w-0 flex-1 rounded-md border border-stone-200 bg-white p-3">
      <p className="flex flex-wrap items-center gap-2 text-sm text-stone-700">
        <span className="font-semibold text-stone-900">#{claim.id}</span>
        <LocalDate value={claim.statedAt} />
        <StatusBadge status={claim.status} />
        {claim.visibility === "DRAFT" ? <span className="text-xs font-semibold uppercase text-amber-800">Draft</span> : null}
      </p>
      <p className="mt-1 font-serif">
        <Link href={`/editor/claims/${claim.id}`} className="underline-offset-2 hover:underline">
          “{claim.quote}”
        </Link>
      </p>
    </div>
  );
}

export default async function DuplicatesPage({ searchParams }: Props) {
  await userForPage("EDITOR", "/editor/duplicates");
  const { after } = await searchParams;
  const afterId = typeof after === "string" && /^\d{1,10}$/.test(after) ? Number(after) : 0;
  const page = await findDuplicatePage(db, { afterId });

  return (
    <EditorPage title="Likely duplicates">
      <p className="max-w-3xl text-stone-700">
        Pairs of claims by the same claimant, stated within {WINDOW_DAYS} days of each other, whose quotes are at least{" "}
        {Math.round(PAIR_THRESHOLD * 100)}% similar (accents and case ignored). Mark one as the duplicate of the other — readers of the
        duplicate are then sent to the original — or dismiss the pair: it will not be proposed again.
      </p>
      <p className="mt-2 text-sm text-stone-600">
        {afterId > 0 ? `Claims after #${afterId}` : "From the first claim"}
        {page.scannedUpTo !== null ? ` up to #${page.scannedUpTo}` : ""} were compared on this page.
      </p>
      {page.pairs.length === 0 ? (
        <p className="mt-6 text-stone-700">No likely duplicates in this part of the ledger.</p>
      ) : (
        <ol className="mt-6 space-y-6" aria-label="Likely duplicate pairs">
          {page.pairs.map((pair) => (
            <li key={`${pair.first.id}-${pair.second.id}`} className="rounded-lg border border-stone-300 bg-stone-50 p-4">
              <h2 className="text-base font-semibold">
                {pair.claimantName}: claims #{pair.first.id} and #{pair.second.id}, {Math.round(pair.score * 100)}% similar
              </h2>
              <div className="mt-3 flex flex-col gap-3 sm:flex-row">
                <ClaimSide claim={pair.first} />
                <ClaimSide claim={pair.second} />
              </div>
              <div className="mt-3">
                <DuplicatePairActions first={pair.first} second={pair.second} />
              </div>
            </li>
          ))}
        </ol>
      )}
      <nav aria-label="More pairs" className="mt-8 flex gap-4 text-sm">
        {afterId > 0 ? (
          <Link href="/editor/duplicates" className="underline underline-offset-2">
            Start again from the first claim
          </Link>
        ) : null}
        {page.nextAfterId !== null ? (
          <Link href={`/editor/duplicates?after=${page.nextAfterId}`} className="font-semibold underline underline-offset-2">
            Compare the next claims
          </Link>
        ) : (
          <span>Every claim has been compared.</span>
        )}
      </nav>
    </EditorPage>
  );
}
