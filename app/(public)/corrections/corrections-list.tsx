import Link from "next/link";
import { ListPager } from "@/components/ListPager.tsx";
import { db } from "@/lib/platform/db.ts";
import { correctionKind, countCorrections, listCorrections } from "@/lib/public/corrections.ts";
import { pageCount } from "@/lib/public/list-pages.ts";
import { STATUS } from "@/lib/status.ts";

const shortDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** A page of the corrections log: the first at /corrections, the others at /corrections/page/{n} (null when there is no such page). */
export async function CorrectionsList({ page }: { page: number }) {
  const [corrections, total] = await Promise.all([listCorrections(db, { page }), countCorrections(db)]);
  const pages = pageCount(total);
  if (page > pages) return null;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold tracking-tight">Corrections</h1>
      <p className="mt-2 max-w-2xl text-stone-700">
        Every correction to a published claim, newest first: a verdict we changed, a claim we withdrew, wording we got wrong. Read our{" "}
        <Link href="/methodology#corrections-policy" className="underline">
          corrections policy
        </Link>{" "}
        or follow the{" "}
        <a href="/feed/corrections.xml" className="underline">
          corrections feed
        </a>
        .
      </p>
      {corrections.length === 0 ? (
        <p className="mt-8 text-stone-700">No corrections so far.</p>
      ) : (
        <ol className="mt-8 space-y-4" aria-label="Corrections, newest first">
          {corrections.map((correction) => (
            <li key={correction.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <p className="text-sm text-stone-700">
                <time dateTime={correction.at.toISOString()}>{shortDate.format(correction.at)}</time> · {correctionKind(correction)}
                {correction.type === "STATUS_CHANGED" && correction.fromStatus && correction.toStatus
                  ? `: ${STATUS[correction.fromStatus].label} → ${STATUS[correction.toStatus].label}`
                  : null}
              </p>
              <h2 className="mt-1 font-serif">
                <Link href={`/claims/${correction.claim.id}`} className="underline">
                  {correction.claim.withdrawnAt ? `Claim #${correction.claim.id} (withdrawn)` : `${correction.claim.claimant.name}: “${correction.claim.quote}”`}
                </Link>
              </h2>
              <p className="mt-1 whitespace-pre-line text-stone-800">{correction.correction}</p>
            </li>
          ))}
        </ol>
      )}
      <ListPager list="/corrections" page={page} pages={pages} label="the corrections" />
    </>
  );
}
