import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/StatusBadge.tsx";
import { ClaimantForm } from "@/components/workbench/ClaimantForm.tsx";
import { EditorPage } from "@/components/workbench/EditorPage.tsx";
import { MergeClaimantForm } from "@/components/workbench/MergeClaimantForm.tsx";
import { userForPage } from "@/lib/accounts/page-guard.ts";
import { claimantRole, wikidataUrl } from "@/lib/claimant-labels.ts";
import { parseId } from "@/lib/params.ts";
import { db } from "@/lib/platform/db.ts";
import { claimantPath } from "@/lib/public/page-invalidation.ts";
import { claimantFormValues } from "@/lib/workbench/claimant-form-values.ts";
import { getClaimantForEditor, mergeCandidates } from "@/lib/workbench/claimants.ts";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ merged?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Claimant #${(await params).id} · Workbench` };
}

export default async function EditorClaimantPage({ params, searchParams }: Props) {
  const raw = (await params).id;
  await userForPage("EDITOR", `/editor/claimants/${raw}`);
  const id = parseId(raw);
  const claimant = id === null ? null : await getClaimantForEditor(db, id);
  if (!claimant) notFound();
  const others = await mergeCandidates(db, claimant.id);
  const { merged } = await searchParams;
  const moved = typeof merged === "string" && /^\d{1,9}$/.test(merged) ? Number(merged) : null;
  const role = claimantRole(claimant);
  return (
    <EditorPage title={claimant.name}>
      {moved !== null ? (
        <p role="status" className="mb-6 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900">
          Merged: {moved} claim{moved === 1 ? "" : "s"} moved to {claimant.name}; the other claimant’s name is now among the aliases and its public page leads here.
        </p>
      ) : null}
      <dl className="mb-6 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {role ? (
          <>
            <dt className="font-medium text-stone-900">Role</dt>
            <dd className="text-stone-700">{role}</dd>
          </>
        ) : null}
        <dt className="font-medium text-stone-900">Public page</dt>
        <dd className="text-stone-700">
          <Link href={claimantPath(claimant.slug)} className="underline underline-offset-2">
            {claimantPath(claimant.slug)}
          </Link>
          {claimant.redirects.length > 0 ? <> (formerly {claimant.redirects.map((redirect) => claimantPath(redirect.slug)).join(", ")}, which lead there)</> : null}
        </dd>
        {claimant.wikidataId ? (
          <>
            <dt className="font-medium text-stone-900">Wikidata</dt>
            <dd>
              <a href={wikidataUrl(claimant.wikidataId)} className="underline underline-offset-2" rel="external">
                {claimant.wikidataId}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      <ClaimantForm id={claimant.id} updatedAt={claimant.updatedAt.toISOString()} initial={claimantFormValues(claimant)} />

      <section aria-labelledby="claims-heading" className="mt-10">
        <h2 id="claims-heading" className="text-xl font-semibold">
          Claims ({claimant._count.claims})
        </h2>
        {claimant.claims.length === 0 ? (
          <p className="mt-2 text-sm text-stone-700">No claims.</p>
        ) : (
          <ul className="mt-2 space-y-2 text-sm">
            {claimant.claims.map((claim) => (
              <li key={claim.id} className="flex flex-wrap items-center gap-2">
                <Link href={`/editor/claims/${claim.id}`} className="line-clamp-2 max-w-3xl font-serif underline underline-offset-2">
                  “{claim.quote}”
                </Link>
                <StatusBadge status={claim.status} />
                {claim.visibility === "DRAFT" ? <span className="text-xs font-semibold uppercase text-amber-800">Draft</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="merge-heading" className="mt-10 max-w-3xl">
        <h2 id="merge-heading" className="text-xl font-semibold">
          Merge with another claimant
        </h2>
        <div className="mt-3">
          <MergeClaimantForm
            claimant={{ id: claimant.id, name: claimant.name, title: claimant.title, claims: claimant._count.claims }}
            others={others.map((other) => ({ id: other.id, name: other.name, title: other.title, claims: other._count.claims }))}
          />
        </div>
      </section>
    </EditorPage>
  );
}
