"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { SimilarClaim } from "@/lib/workbench/similar-claims.ts";
import { STATUS } from "@/lib/status.ts";

type Typed = { quote: string; summary: string; claimantId: string };

const DEBOUNCE_MS = 350;

/**
 * Existing claims like the one being typed, so a duplicate is caught before it is saved. `folded`:
 * only the count, opening to the list (a claim already saved, not being reworded).
 */
export function SimilarClaims({ typed, exclude, folded = false }: { typed: Typed; exclude?: number; folded?: boolean }) {
  const [claims, setClaims] = useState<SimilarClaim[]>([]);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const params = new URLSearchParams({ quote: typed.quote, summary: typed.summary, claimantId: typed.claimantId });
      if (exclude) params.set("exclude", String(exclude));
      try {
        const response = await fetch(`/api/editor/similar-claims?${params}`, { signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        setClaims(((await response.json()) as { claims: SimilarClaim[] }).claims);
        setFailed(false);
      } catch {
        if (!controller.signal.aborted) setFailed(true);
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [typed.quote, typed.summary, typed.claimantId, exclude]);

  const heading = failed ? "Could not look for similar claims" : `Similar claims already in the ledger (${claims.length})`;
  const list = (
    <>
      {failed ? <p>Saving still works; check the claim list by hand for a duplicate.</p> : null}
      <ul className="mt-2 space-y-2">
        {claims.map((claim) => (
          <li key={claim.id}>
            <Link href={`/editor/claims/${claim.id}`} target="_blank" className="font-serif underline underline-offset-2">
              #{claim.id} “{claim.quote}”
            </Link>
            <span className="block text-stone-700">
              {claim.claimantName}
              {claim.sameClaimant ? " (same claimant)" : ""} · {STATUS[claim.status].label}
              {claim.visibility === "DRAFT" ? " · draft" : ""} · <strong>{Math.round(claim.score * 100)}% similar</strong>
            </span>
          </li>
        ))}
      </ul>
      {claims.length > 0 ? <p className="mt-2 text-stone-700">If it is the same statement, open that claim instead, or save this one and link it as a duplicate.</p> : null}
    </>
  );
  return (
    <section aria-labelledby="similar-claims-heading" aria-live="polite" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" hidden={claims.length === 0 && !failed}>
      {folded && !failed ? (
        <details>
          <summary className="cursor-pointer">
            <h3 id="similar-claims-heading" className="inline font-semibold text-amber-950">
              {heading}
            </h3>
          </summary>
          {list}
        </details>
      ) : (
        <>
          <h3 id="similar-claims-heading" className="font-semibold text-amber-950">
            {heading}
          </h3>
          {list}
        </>
      )}
    </section>
  );
}
