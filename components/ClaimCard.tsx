import Link from "next/link";
import { DueDate } from "@/components/DueDate.tsx";
import { StatusBadge } from "@/components/StatusBadge.tsx";
import { LocalDate } from "@/components/LocalDate.tsx";
import type { ClaimListItem } from "@/lib/public/published-claims.ts";

export function ClaimCard({ claim }: { claim: ClaimListItem }) {
  return (
    <article className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-5" aria-labelledby={`claim-${claim.id}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-stone-700">
          <Link href={`/claimants/${claim.claimant.slug}`} className="font-semibold text-stone-900 hover:underline">
            {claim.claimant.name}
          </Link>
          {claim.claimant.title ? <span>, {claim.claimant.title}</span> : null}
          {" · "}
          <LocalDate value={claim.statedAt} />
        </p>
        <StatusBadge status={claim.status} />
      </div>
      <blockquote id={`claim-${claim.id}`} className="mt-3 font-serif text-lg leading-snug text-stone-900">
        <Link href={`/claims/${claim.id}`} className="underline decoration-stone-300 hover:decoration-stone-900">
          “{claim.quote}”
        </Link>
      </blockquote>
      <p className="mt-2 text-sm text-stone-700">{claim.summary}</p>
      {claim.dueAt ? (
        <p className="mt-2 text-sm">
          <DueDate claim={claim} />
        </p>
      ) : null}
      <p className="mt-3 flex flex-wrap justify-between gap-2 text-xs text-stone-600">
        {claim.source ? (
          <span>
            Source: {claim.source.title}
            {claim.source.publisher ? ` (${claim.source.publisher})` : ""}
          </span>
        ) : null}
        <span>
          {claim.outcomeCount} {claim.outcomeCount === 1 ? "outcome" : "outcomes"}
        </span>
      </p>
    </article>
  );
}
