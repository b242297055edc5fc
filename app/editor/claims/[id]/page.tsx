import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DueDate } from "@/components/DueDate.tsx";
import { LocalDate } from "@/components/LocalDate.tsx";
import { StatusBadge } from "@/components/StatusBadge.tsx";
import { buttonClasses } from "@/components/forms/styles.ts";
import { sourcePassages } from "@/components/sources/passages.ts";
import { ScrolledToQuote } from "@/components/sources/ScrolledToQuote.tsx";
import { SourceText } from "@/components/sources/SourceText.tsx";
import { AssignForm, LinkClaimForm, LinkOutcomeForm, PublishForm, ReviewForms, StatusForm, UnlinkClaimForm, UnlinkOutcomeForm } from "@/components/workbench/ClaimActionForms.tsx";
import { ClaimForm } from "@/components/workbench/ClaimForm.tsx";
import { ClaimRemoval } from "@/components/workbench/ClaimRemoval.tsx";
import { DeletedRecord } from "@/components/workbench/DeletedRecord.tsx";
import { ClaimHistory } from "@/components/workbench/ClaimHistory.tsx";
import { ClaimDiscussion } from "@/components/workbench/ClaimDiscussion.tsx";
import { DateTime } from "@/components/workbench/DateTime.tsx";
import { EditorPage } from "@/components/workbench/EditorPage.tsx";
import { Tabs, type Tab } from "@/components/workbench/Tabs.tsx";
import { db } from "@/lib/platform/db.ts";
import { reviewBeforePublishing } from "@/lib/platform/env.ts";
import { KIND_LABEL, LINK_ROLE_LABEL, RELATION_LABEL } from "@/lib/labels.ts";
import { userForPage } from "@/lib/accounts/page-guard.ts";
import { parseId } from "@/lib/params.ts";
import { assignableEditors } from "@/lib/workbench/assignment.ts";
import { listClaimLinks } from "@/lib/workbench/claim-links.ts";
import { claimFormValues } from "@/lib/workbench/claim-form-values.ts";
import { findDeletion } from "@/lib/workbench/deletion-records.ts";
import { claimHistory } from "@/lib/workbench/history.ts";
import { nextStep } from "@/lib/workbench/next-step.ts";
import { listNotes } from "@/lib/workbench/notes.ts";
import { formOptions, getClaimForEditor } from "@/lib/workbench/queries.ts";
import { pendingReview, proposalDetails } from "@/lib/workbench/reviews.ts";
import { getSourceForEditor } from "@/lib/workbench/sources.ts";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Claim #${(await params).id} · Workbench` };
}

const emptyClasses = "text-sm text-stone-700";
const itemClasses = "flex items-start justify-between gap-3 rounded-md border border-stone-200 bg-white p-3 text-sm";
const linkClasses = "font-medium underline underline-offset-2";

/**
 * A claim's workbench: the header (quote, status, state, next step, publishing) always in view;
 * the source's text with the quote marked beside the work (above it on narrow screens); the work
 * in tabs, one thing at a time. A withdrawn claim shows its notice and only what may still change.
 */
export default async function EditorClaimPage({ params }: Props) {
  const raw = (await params).id;
  const user = await userForPage("EDITOR", `/editor/claims/${raw}`);
  const id = parseId(raw);
  const claim = id === null ? null : await getClaimForEditor(db, id);
  if (!claim) {
    const deletion = id === null ? null : await findDeletion(db, "CLAIM", id);
    if (!deletion) notFound();
    return <DeletedRecord title={`Claim #${id}`} deletion={deletion} back={{ href: "/editor/claims", label: "Back to the claims" }} />;
  }
  const [options, notes, history, links, source, editors, review] = await Promise.all([
    formOptions(db),
    listNotes(db, claim.id),
    claimHistory(db, claim.id),
    listClaimLinks(db, claim.id),
    claim.sourceId === null ? null : getSourceForEditor(db, claim.sourceId),
    assignableEditors(db),
    pendingReview(db, claim.id),
  ]);
  const proposal = review && proposalDetails(review);
  const ref = { id: claim.id, version: claim.version };
  const published = claim.visibility === "PUBLISHED";
  // Published now or before: rewording it or changing its verdict is a correction (lib/workbench/corrections.ts).
  const seen = history.some((entry) => entry.type === "PUBLISHED");
  const withdrawn = claim.withdrawnAt !== null;
  const orphaned = source !== null && claim.anchorStart === null;
  const step = nextStep({ ...claim, outcomeCount: claim.outcomes.length, orphaned });
  const tabHref = (tab: string) => `/editor/claims/${claim.id}?tab=${tab}`;

  const linkedIds = new Set(claim.outcomes.map((link) => link.outcome.id));
  const linkable = options.outcomes
    .filter((outcome) => !linkedIds.has(outcome.id))
    .map((outcome) => ({ id: outcome.id, label: `${outcome.occurredAt.toISOString().slice(0, 10)} — ${outcome.title}` }));

  const tabs: Tab[] = [
    {
      id: "claim",
      label: "Claim",
      panel: withdrawn ? (
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="font-semibold">Headline</dt>
          <dd>{claim.headline ?? "none"}</dd>
          <dt className="font-semibold">Summary</dt>
          <dd>{claim.summary}</dd>
          <dt className="font-semibold">Kind</dt>
          <dd>{KIND_LABEL[claim.kind]}</dd>
          <dt className="font-semibold">Tags</dt>
          <dd>{claim.tags.length > 0 ? claim.tags.join(", ") : "none"}</dd>
        </dl>
      ) : (
        <ClaimForm mode="edit" id={claim.id} version={claim.version} claimants={options.claimants} sources={options.sources} initial={claimFormValues(claim)} seen={seen} />
      ),
    },
    {
      id: "status",
      label: "Status and outcomes",
      panel: (
        <div className="space-y-8">
          <section aria-labelledby="status-heading" className="space-y-4">
            <h2 id="status-heading" className="text-lg font-semibold">
              Status
            </h2>
            <p className="text-sm">
              Now: <StatusBadge status={claim.status} />
            </p>
            {withdrawn ? null : <StatusForm claim={ref} status={claim.status} outcomeCount={claim.outcomes.length} seen={seen} />}
          </section>
          <section aria-labelledby="outcomes-heading" className="space-y-4">
            <h2 id="outcomes-heading" className="text-lg font-semibold">
              Outcomes
            </h2>
            {claim.outcomes.length === 0 ? (
              <p className={emptyClasses}>No outcome linked yet. A verdict needs at least one.</p>
            ) : (
              <ul className="space-y-3">
                {claim.outcomes.map((link) => (
                  <li key={link.outcome.id} className={itemClasses}>
                    <div className="min-w-0">
                      <p>
                        <Link href={`/editor/outcomes/${link.outcome.id}`} className={linkClasses}>
                          {link.outcome.title}
                        </Link>{" "}
                        <span className="text-stone-600">
                          (<LocalDate value={link.outcome.occurredAt} />)
                        </span>
                      </p>
                      <p className="text-stone-700">
                        {RELATION_LABEL[link.relation]}
                        {link.note ? ` — ${link.note}` : ""}
                      </p>
                    </div>
                    {withdrawn ? null : <UnlinkOutcomeForm claim={ref} outcomeId={link.outcome.id} title={link.outcome.title} />}
                  </li>
                ))}
              </ul>
            )}
            {withdrawn ? null : (
              <>
                {linkable.length > 0 ? (
                  <details>
                    <summary className={`${buttonClasses.secondary} inline-block cursor-pointer`}>Link an outcome…</summary>
                    <div className="mt-3">
                      <LinkOutcomeForm claim={ref} outcomes={linkable} />
                    </div>
                  </details>
                ) : (
                  <p className={emptyClasses}>Every outcome is already linked.</p>
                )}
                <p className="text-sm">
                  Not in the list?{" "}
                  <Link href={`/editor/outcomes/new?claim=${claim.id}`} className={linkClasses}>
                    Create a new outcome
                  </Link>
                  , then link it here.
                </p>
              </>
            )}
          </section>
        </div>
      ),
    },
    {
      id: "links",
      label: "Linked claims",
      panel: (
        <div className="space-y-4">
          {links.length === 0 ? (
            <p className={emptyClasses}>Not linked to any other claim.</p>
          ) : (
            <ul className="space-y-3">
              {links.map((link) => (
                <li key={link.claim.id} className={itemClasses}>
                  <div className="min-w-0">
                    <p className="font-medium">{LINK_ROLE_LABEL[link.role]}</p>
                    <p>
                      <Link href={`/editor/claims/${link.claim.id}`} className="underline underline-offset-2">
                        #{link.claim.id} “{link.claim.quote}”
                      </Link>{" "}
                      <span className="text-stone-600">
                        — {link.claim.claimant.name}
                        {link.claim.visibility === "DRAFT" ? " (draft)" : ""}
                      </span>
                    </p>
                  </div>
                  {withdrawn ? null : <UnlinkClaimForm claim={ref} otherClaimId={link.claim.id} />}
                </li>
              ))}
            </ul>
          )}
          {withdrawn ? null : (
            <>
              <h2 className="text-lg font-semibold">Link to another claim</h2>
              <LinkClaimForm claim={ref} />
            </>
          )}
        </div>
      ),
    },
    {
      id: "notes",
      label: "Notes",
      panel: <ClaimDiscussion claimId={claim.id} threads={notes} />,
    },
    { id: "history", label: "History", panel: <ClaimHistory entries={history} /> },
  ];
  if (!withdrawn) {
    tabs.push({
      id: "remove",
      label: published ? "Withdraw" : "Delete",
      panel: <ClaimRemoval claim={claim} publishedOnce={seen} />,
    });
  }

  return (
    <EditorPage
      title={`Claim #${claim.id}`}
      action={
        published ? (
          <Link href={`/claims/${claim.id}`} className="text-sm underline underline-offset-2">
            Public page
          </Link>
        ) : null
      }
    >
      {/* Two columns from lg: the claim and its source on the left (the source's text stays in view
          as the page scrolls), its state and work on the right; one column on narrow screens. */}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,4fr)_minmax(0,7fr)]">
        <div className="min-w-0 space-y-6">
          <div className="space-y-2">
            <p className="font-serif text-xl break-words">“{claim.quote}”</p>
            <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-700">
              <span>
                {claim.claimant.name}
                {claim.claimant.title ? `, ${claim.claimant.title}` : ""}
              </span>
              <LocalDate value={claim.statedAt} />
              <StatusBadge status={claim.status} />
              <span className="font-medium text-stone-900">{withdrawn ? "Withdrawn" : published ? "Published" : "Draft"}</span>
              <span>Version {claim.version}</span>
              <DueDate claim={claim} note={claim.dueNote} />
            </p>
            {step ? (
              <p className={`text-sm ${step.urgent ? "font-semibold text-red-800" : "text-stone-900"}`}>
                Next step:{" "}
                {step.tab ? (
                  <Link href={tabHref(step.tab)} className="underline underline-offset-2">
                    {step.text}
                  </Link>
                ) : (
                  step.text
                )}
              </p>
            ) : null}
            {withdrawn ? (
              <p className="text-sm text-stone-700">Assignee: {claim.assignee?.name ?? "no one"}</p>
            ) : (
              <AssignForm
                claim={ref}
                assigneeId={claim.assignee?.id ?? null}
                editors={claim.assignee && !editors.some((editor) => editor.id === claim.assignee!.id) ? [...editors, claim.assignee] : editors}
              />
            )}
          </div>

          {review && proposal ? (
            <section aria-labelledby="review-heading" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
              <h2 id="review-heading" className="font-semibold text-amber-950">
                Waiting for review
              </h2>
              <p>{proposal.summary}</p>
              {proposal.correction ? <p>Correction note: {proposal.correction}</p> : null}
              <p className="text-stone-700">
                Proposed by {review.author.name}, <DateTime value={review.requestedAt} />. Readers see the claim as it was until another editor approves.
              </p>
              <ReviewForms reviewId={review.id} claim={ref} canApprove={review.authorId !== user.id || user.role === "ADMIN"} own={review.authorId === user.id} />
            </section>
          ) : null}

          {withdrawn ? (
            <section aria-labelledby="withdrawn-heading">
              <h2 id="withdrawn-heading" className="sr-only">
                Withdrawn
              </h2>
              <ClaimRemoval claim={claim} publishedOnce />
            </section>
          ) : (
            <section aria-labelledby="state-heading" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
              <div className="flex flex-wrap items-baseline gap-x-2">
                <h2 id="state-heading" className="font-semibold">
                  {published ? "Published" : "Draft"}
                </h2>
                {claim.publishedAt ? (
                  <p className="text-sm text-stone-700">
                    since <DateTime value={claim.publishedAt} />
                  </p>
                ) : null}
              </div>
              <PublishForm claim={ref} published={published} reviewed={reviewBeforePublishing() && !seen} />
            </section>
          )}

          <section aria-labelledby="source-heading" className="space-y-2 lg:sticky lg:top-4">
            <h2 id="source-heading" className="text-lg font-semibold">
              Source
            </h2>
            {source ? (
              <>
                <p className="text-sm">
                  <Link href={`/editor/sources/${source.id}`} className={linkClasses}>
                    {source.title}
                  </Link>
                  {source.publisher ? <span className="text-stone-600"> — {source.publisher}</span> : null}
                </p>
                {orphaned ? (
                  <p role="note" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
                    The quote&apos;s words are no longer in this source&apos;s text: correct the quote in the Claim tab, or restore the text on
                    the source&apos;s page.
                  </p>
                ) : null}
                <ScrolledToQuote label="Text of the source" className="max-h-[40vh] overflow-y-auto rounded-lg lg:max-h-[calc(100vh-16rem)]">
                  <SourceText
                    segments={
                      sourcePassages(
                        source.body,
                        source.claims.flatMap((other) =>
                          other.anchorStart === null || other.anchorEnd === null ? [] : [{ id: other.id, anchorStart: other.anchorStart, anchorEnd: other.anchorEnd }],
                        ),
                        [],
                      ).segments
                    }
                    current={claim.id}
                  />
                </ScrolledToQuote>
              </>
            ) : (
              <p className={emptyClasses}>
                This claim has no source, so its quote is shown in no context. Choose the article it was reported in on the Claim tab.
              </p>
            )}
          </section>
        </div>

        <div className="min-w-0">
          <Tabs label={`Work on claim #${claim.id}`} tabs={tabs} />
        </div>
      </div>
    </EditorPage>
  );
}
