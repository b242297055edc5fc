import { LocalDate } from "@/components/LocalDate.tsx";
import { SourceLink } from "@/components/SourceLink.tsx";
import { timesSaid, type PublicAppearance } from "@/lib/public/claim-appearances.ts";

/**
 * "Said N times": the claim's own statement and each other source the claimant said it again in
 * (ClaimAppearance), oldest first, each with its date and words as that source has them. Nothing
 * when the claim was said once.
 */
export function ClaimAppearances({ statedAt, appearances }: { statedAt: Date; appearances: readonly PublicAppearance[] }) {
  if (appearances.length === 0) return null;
  return (
    <section aria-labelledby="appearances-heading" className="mt-10">
      <h2 id="appearances-heading" className="font-serif text-xl font-bold">
        Said {timesSaid(appearances)} times
      </h2>
      <ol className="mt-4 space-y-3">
        <li className="rounded-lg border border-stone-200 bg-white p-4 text-sm text-stone-700">
          <LocalDate value={statedAt} /> · first, in the source above
        </li>
        {appearances.map((appearance) => (
          <li key={appearance.id} className="rounded-lg border border-stone-200 bg-white p-4">
            <p className="text-sm text-stone-700">
              <LocalDate value={appearance.statedAt} />
            </p>
            <blockquote className="mt-1 font-serif text-stone-900">
              <q>{appearance.quote}</q>
            </blockquote>
            <p className="mt-1 text-sm text-stone-700">
              <SourceLink source={appearance.source} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
