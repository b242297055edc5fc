import { LocalDate } from "@/components/LocalDate.tsx";
import { toneClasses } from "@/components/StatusBadge.tsx";
import type { ClaimVerdict } from "@/lib/public/verdict.ts";
import { STATUS } from "@/lib/status.ts";

/**
 * The claim page's lead: the verdict in words, large, with its rating, the conclusion (the latest
 * rationale) and its date. An open claim says where it stands instead; colour only repeats the words.
 */
export function VerdictBlock({ verdict }: { verdict: ClaimVerdict }) {
  const heading = verdict.settled ? "Our verdict" : "Where it stands";
  return (
    <section aria-labelledby="verdict-heading" className={`mt-5 max-w-3xl rounded-lg p-5 ring-2 ring-inset ${toneClasses[STATUS[verdict.status].tone]}`}>
      <h2 id="verdict-heading" className="text-sm font-semibold tracking-wide uppercase">
        {heading}
      </h2>
      <p className="mt-1 font-serif text-3xl font-bold sm:text-4xl">{verdict.label}</p>
      {verdict.rating === null ? (
        <p className="mt-1 text-sm">{STATUS[verdict.status].description}</p>
      ) : (
        <p className="mt-1 text-sm">
          Rated <span className="font-semibold">{verdict.rating} of 5</span> (1: not borne out, 5: borne out)
        </p>
      )}
      {verdict.conclusion ? <p className="mt-3 text-lg leading-relaxed whitespace-pre-line text-stone-900">{verdict.conclusion}</p> : null}
      <p className="mt-3 text-sm">
        {verdict.settled ? "Verdict reached" : "Since"} <LocalDate value={verdict.since} />
      </p>
    </section>
  );
}
