import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteSourceForm } from "@/components/sources/DeleteSourceForm.tsx";
import { sourcePassages } from "@/components/sources/passages.ts";
import { SelectQuote } from "@/components/sources/SelectQuote.tsx";
import { SourceForm } from "@/components/sources/SourceForm.tsx";
import { SourceProvenance } from "@/components/sources/SourceProvenance.tsx";
import { SourceText } from "@/components/sources/SourceText.tsx";
import { OutcomeCandidates } from "@/components/sources/OutcomeCandidates.tsx";
import { SourceVersions } from "@/components/sources/SourceVersions.tsx";
import { SuggestedClaims } from "@/components/sources/SuggestedClaims.tsx";
import { buttonClasses } from "@/components/forms/styles.ts";
import { DeletedRecord } from "@/components/workbench/DeletedRecord.tsx";
import { EditorPage } from "@/components/workbench/EditorPage.tsx";
import { userForPage } from "@/lib/accounts/page-guard.ts";
import { db } from "@/lib/platform/db.ts";
import { findDeletion } from "@/lib/workbench/deletion-records.ts";
import { getSourceForEditor } from "@/lib/workbench/sources.ts";
import { sourceFormValues } from "@/lib/workbench/source-form-values.ts";
import { appearanceOffers } from "@/lib/workbench/appearances.ts";
import { newOutcomeHref, outcomeCandidates } from "@/lib/workbench/outcome-candidates.ts";
import { loadSuggestions, newClaimHref } from "@/lib/workbench/suggestions.ts";
import { deleteSourceAction, updateSourceAction } from "../actions.ts";

export const metadata: Metadata = { title: "Source" };

export default async function EditorSourcePage({ params }: PageProps<"/editor/sources/[id]">) {
  await userForPage("EDITOR", "/editor/sources");
  const id = Number((await params).id);
  const source = Number.isInteger(id) && id > 0 ? await getSourceForEditor(db, id) : null;
  if (!source) {
    const deletion = Number.isInteger(id) && id > 0 ? await findDeletion(db, "SOURCE", id) : null;
    if (!deletion) notFound();
    return <DeletedRecord title={`Source #${id}`} deletion={deletion} back={{ href: "/editor/sources", label: "Back to the sources" }} />;
  }

  const anchored = source.claims.filter((claim) => claim.anchorStart !== null && claim.anchorEnd !== null);
  const orphaned = source.claims.filter((claim) => claim.anchorExact !== null && claim.anchorStart === null);
  const loaded = (await loadSuggestions(db, source.id)) ?? [];
  const [offers, candidates] = await Promise.all([appearanceOffers(db, source.id, loaded), outcomeCandidates(db, source.id)]);
  const suggestions = loaded.map((suggestion, index) => ({ suggestion, number: index + 1, appearances: offers[index] ?? [] }));
  const claims = anchored.map((claim) => ({ id: claim.id, anchorStart: claim.anchorStart!, anchorEnd: claim.anchorEnd! }));
  const { segments, targetOf } = sourcePassages(source.body, claims, suggestions);

  return (
    <EditorPage title={source.title}>
      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] lg:items-start">
        <section aria-labelledby="text-heading" className="lg:sticky lg:top-4">
          <h2 id="text-heading" className="text-xl font-semibold">
            Text and its claims
          </h2>
          <p className="text-sm text-stone-700">
            Highlighted words are claims; each opens its claim. Words underlined with dots are suggested claims; each goes to its
            suggestion.
          </p>
          {/* relative: the screen-reader-only labels (absolutely placed) stay inside the scrolled box. */}
          <div className="relative overflow-y-auto lg:max-h-[calc(100vh-8rem)]" tabIndex={0} role="region" aria-label="Text of the source">
            <SourceText segments={segments} />
          </div>
        </section>

        <div className="space-y-8">
          {orphaned.length > 0 ? (
            <section aria-labelledby="orphaned-heading" className="rounded-lg border border-rose-300 bg-rose-50 p-4">
              <h2 id="orphaned-heading" className="text-lg font-semibold text-rose-900">
                Orphaned claims
              </h2>
              <p className="text-sm text-rose-900">
                Their words are no longer in this text. Edit each claim's quote (a published one with a correction note) or restore the text.
              </p>
              <ul className="mt-2 list-disc pl-5 text-sm">
                {orphaned.map((claim) => (
                  <li key={claim.id}>
                    <Link href={`/editor/claims/${claim.id}`} className="underline underline-offset-2">
                      “{claim.quote}”
                    </Link>
                    {claim.sourceVersion ? ` (taken from version ${claim.sourceVersion.number})` : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <section aria-labelledby="bears-on-heading">
            <h2 id="bears-on-heading" className="text-lg font-semibold">
              This article may bear on
            </h2>
            <OutcomeCandidates candidates={(candidates ?? []).map((candidate) => ({ candidate, href: newOutcomeHref(source, candidate.id) }))} />
          </section>

          <section aria-labelledby="suggestions-heading">
            <h2 id="suggestions-heading" className="text-xl font-semibold">
              Suggested claims
            </h2>
            <p className="text-sm text-stone-700">
              Quotes and reported statements found in the text, with a guess at who said them and their kind; open one for its dates
              and “Create claim”, which opens the claim form filled in from it (nothing is saved until you create the claim there).
            </p>
            <div className="mt-3">
              <SuggestedClaims
                sourceId={source.id}
                items={suggestions.map((item) => ({ ...item, href: newClaimHref(source, item.suggestion), target: targetOf(item) }))}
              />
            </div>
          </section>

          <section aria-labelledby="select-heading">
            <h2 id="select-heading" className="text-xl font-semibold">
              New claim from the text
            </h2>
            <div className="mt-3">
              <SelectQuote sourceId={source.id} body={source.body} />
            </div>
          </section>
        </div>
      </div>

      <section aria-labelledby="edit-heading" className="mt-10">
        <h2 id="edit-heading" className="text-xl font-semibold">
          Edit the source
        </h2>
        <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <SourceProvenance source={source} downloadable />
        </dl>
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-semibold">
            Text versions ({source.versions.length}; current: version {source.versions[0]?.number ?? 1})
          </summary>
          <div className="mt-2">
            <SourceVersions versions={source.versions} current={source.versions[0]?.number} />
          </div>
        </details>
        <p className="mt-3 text-sm text-stone-700">
          A changed text is saved as a new version, with your reason; every claim's anchor is found again in it (also where only
          spacing or punctuation changed) or marked orphaned, never rewritten.
        </p>
        <details className="mt-3">
          <summary className={`${buttonClasses.secondary} inline-block cursor-pointer`}>Edit the title, details or text…</summary>
          <div className="mt-3">
            <SourceForm
              action={updateSourceAction}
              initial={sourceFormValues(source, source.versions[0]?.number)}
            />
          </div>
        </details>
      </section>

      <section aria-labelledby="delete-heading" className="mt-10">
        <h2 id="delete-heading" className="text-xl font-semibold">
          Delete
        </h2>
        <DeleteSourceForm id={source.id} action={deleteSourceAction} />
      </section>
    </EditorPage>
  );
}
