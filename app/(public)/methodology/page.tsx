import type { Metadata } from "next";
import Link from "next/link";
import { Markdown } from "@/components/Markdown.tsx";
import { StatusBadge } from "@/components/StatusBadge.tsx";
import type { ClaimStatus } from "@/generated/prisma/enums.ts";
import { isBuildPhase } from "@/lib/platform/build-phase.ts";
import { getMethodology } from "@/lib/public/methodology.ts";
import { STATUS } from "@/lib/status.ts";

// Cached for every reader until an admin saves the text: lib/public/cached-pages.ts.
export const revalidate = 300;
export const metadata: Metadata = { title: "Methodology", description: "How Claim Ledger chooses claims, reaches verdicts and corrects mistakes." };

export default async function MethodologyPage() {
  if (isBuildPhase()) return null;
  const { markdown } = await getMethodology();
  return (
    <article aria-labelledby="methodology-heading">
      <h1 id="methodology-heading" className="font-serif text-3xl font-bold tracking-tight">
        Methodology
      </h1>
      <section aria-labelledby="statuses-heading" className="mt-6 max-w-3xl">
        <h2 id="statuses-heading" className="font-serif text-xl font-bold">
          What each status means
        </h2>
        <dl className="mt-3 space-y-3">
          {(Object.keys(STATUS) as ClaimStatus[]).map((status) => (
            <div key={status}>
              <dt>
                <StatusBadge status={status} />
                {STATUS[status].rating ? <span className="ml-2 text-sm text-stone-700">rated {STATUS[status].rating} of 5</span> : null}
              </dt>
              <dd className="mt-1 text-stone-800">{STATUS[status].description}</dd>
            </div>
          ))}
        </dl>
      </section>
      <Markdown text={markdown} />
      <p className="mt-8 text-sm text-stone-700">
        <Link href="/corrections" className="underline">
          Every correction we have made
        </Link>
      </p>
    </article>
  );
}
