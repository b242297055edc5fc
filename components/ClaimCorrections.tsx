import Link from "next/link";
import type { ClaimCorrection } from "@/lib/public/corrections.ts";

const shortDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** A claim's corrections, newest first, as readers see them: "Corrected on 6 Dec 2026: …". */
export function ClaimCorrections({ corrections }: { corrections: readonly ClaimCorrection[] }) {
  if (corrections.length === 0) return null;
  return (
    <section id="corrections" aria-labelledby="corrections-heading" className="mt-6 max-w-3xl rounded border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h2 id="corrections-heading" className="font-serif text-lg font-bold">
        {corrections.length === 1 ? "Correction" : "Corrections"}
      </h2>
      <ul className="mt-2 space-y-2">
        {corrections.map((correction) => (
          <li key={correction.id} className="whitespace-pre-line">
            <span className="font-semibold">
              Corrected on <time dateTime={correction.at.toISOString()}>{shortDate.format(correction.at)}</time>:
            </span>{" "}
            {correction.note}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm">
        <Link href="/corrections" className="underline">
          Every correction
        </Link>{" "}
        ·{" "}
        <Link href="/methodology#corrections-policy" className="underline">
          Our corrections policy
        </Link>
      </p>
    </section>
  );
}
