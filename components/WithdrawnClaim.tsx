import Link from "next/link";
import { ClaimCorrections } from "@/components/ClaimCorrections.tsx";
import { LocalDate } from "@/components/LocalDate.tsx";
import { MethodologyLink } from "@/components/MethodologyLink.tsx";
import { Timeline } from "@/components/Timeline.tsx";
import type { ClaimCorrection } from "@/lib/public/corrections.ts";
import type { PublishedClaim } from "@/lib/public/published-claims.ts";
import { timelineEntries } from "@/lib/public/timeline.ts";

/** The reason as written, with "#12" linked to claim 12's page (a duplicate's original, say). */
function ReasonText({ reason }: { reason: string }) {
  return reason.split(/(#\d+)/).map((part, index) =>
    /^#\d+$/.test(part) ? (
      <Link key={index} href={`/claims/${part.slice(1)}`} className="underline">
        {part}
      </Link>
    ) : (
      part
    ),
  );
}

/**
 * What readers see of a withdrawn claim instead of the claim: the notice with the reason and the
 * date, then the public history (which ends with the withdrawal). The quote, summary, source and
 * outcomes are not shown: the ledger no longer stands by them.
 */
export function WithdrawnClaim({ claim, corrections }: { claim: PublishedClaim & { withdrawnAt: Date }; corrections: readonly ClaimCorrection[] }) {
  return (
    <article aria-labelledby="claim-heading">
      <p className="text-sm text-stone-700">
        <Link href="/" className="underline">
          Claims
        </Link>{" "}
        › Withdrawn
      </p>
      <h1 id="claim-heading" className="mt-3 font-serif text-2xl leading-snug font-bold text-stone-900 sm:text-3xl">
        Claim #{claim.id} was withdrawn
      </h1>
      <div role="note" aria-label="Withdrawal notice" className="mt-4 max-w-3xl rounded border border-red-200 bg-red-50 p-4 text-red-950">
        <p>
          <span className="font-semibold">
            Withdrawn on <LocalDate value={claim.withdrawnAt} />.
          </span>{" "}
          Reason: {claim.withdrawalReason ? <ReasonText reason={claim.withdrawalReason} /> : "none given."}
        </p>
        <p className="mt-2 text-sm">
          We no longer stand by this claim, so its quote, summary and verdict are not shown here and it is no longer listed. Its history stays
          below.
        </p>
      </div>
      <ClaimCorrections corrections={corrections} />

      <section aria-labelledby="timeline-heading" className="mt-10">
        <h2 id="timeline-heading" className="font-serif text-xl font-bold">
          History
        </h2>
        <div className="mt-4">
          <Timeline id="claim-timeline" entries={timelineEntries(claim)} outcomeLinks={false} />
        </div>
      </section>
      <footer className="mt-10 text-sm text-stone-700">
        <p>
          Machine-readable: <a href={`/api/claims/${claim.id}`} className="underline">JSON</a>
        </p>
        <p className="mt-1">
          <MethodologyLink />
        </p>
      </footer>
    </article>
  );
}
