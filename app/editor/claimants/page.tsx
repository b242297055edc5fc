import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses, fieldClasses, labelClasses } from "@/components/forms/styles.ts";
import { EditorPage } from "@/components/workbench/EditorPage.tsx";
import { userForPage } from "@/lib/accounts/page-guard.ts";
import { claimantRole } from "@/lib/claimant-labels.ts";
import { db } from "@/lib/platform/db.ts";
import { CLAIMANT_LIST_LIMIT, listClaimantsForEditor } from "@/lib/workbench/claimants.ts";

export const metadata: Metadata = { title: "Claimants · Workbench" };

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;

export default async function EditorClaimantsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  await userForPage("EDITOR", "/editor/claimants");
  const { q } = await searchParams;
  const query = typeof q === "string" ? q.slice(0, 200) : "";
  const claimants = await listClaimantsForEditor(db, query);
  return (
    <EditorPage title="Claimants">
      <p className="mb-4 max-w-3xl text-sm text-stone-700">
        Claimants are made when a claim names someone new. Correct them here; merge one entered twice from its page.
      </p>
      <form role="search" className="flex flex-wrap items-end gap-2" action="/editor/claimants">
        <div className="grow">
          <label htmlFor="claimant-search" className={labelClasses}>
            Search claimants
          </label>
          <input id="claimant-search" name="q" type="search" defaultValue={query} className={fieldClasses} placeholder="Name, alias, role, organisation or country" />
        </div>
        <button type="submit" className={buttonClasses.secondary}>
          Search
        </button>
      </form>
      {claimants.length === 0 ? (
        <p className="mt-6 text-stone-700">{query ? "No claimant matches that search." : "No claimants yet."}</p>
      ) : (
        <>
          <ul className="mt-6 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" aria-label="Claimants">
            {claimants.map((claimant) => (
              <li key={claimant.id} className="p-4">
                <Link href={`/editor/claimants/${claimant.id}`} className="font-semibold text-stone-900 underline-offset-2 hover:underline">
                  {claimant.name}
                </Link>
                <span className="ml-2 text-xs font-medium uppercase text-stone-600">{claimant.kind === "ORGANISATION" ? "Organisation" : "Person"}</span>
                <p className="mt-1 text-sm text-stone-700">
                  {[claimantRole(claimant), claimant.organisation, claimant.country, `${count(claimant.claims, "claim")} (${claimant.published} published)`]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                {claimant.aliases.length > 0 ? <p className="mt-1 text-sm text-stone-600">Also: {claimant.aliases.join(" · ")}</p> : null}
              </li>
            ))}
          </ul>
          {claimants.length === CLAIMANT_LIST_LIMIT ? (
            <p className="mt-3 text-sm text-stone-700">Showing the first {CLAIMANT_LIST_LIMIT} by name: search to find others.</p>
          ) : null}
        </>
      )}
    </EditorPage>
  );
}
