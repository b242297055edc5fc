import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LocalDate } from "@/components/LocalDate.tsx";
import { StatusBadge } from "@/components/StatusBadge.tsx";
import { LinkClaimForm, LinkOutcomeForm, NoteForm, PublishForm, StatusForm, UnlinkClaimForm, UnlinkOutcomeForm } from "@/components/workbench/ClaimActionForms.tsx";
import { ClaimForm } from "@/components/workbench/ClaimForm.tsx";
import { ClaimRemoval } from "@/components/workbench/ClaimRemoval.tsx";
import { DeletedRecord } from "@/components/workbench/DeletedRecord.tsx";
import { ClaimHistory } from "@/components/workbench/ClaimHistory.tsx";
import { DateTime } from "@/components/workbench/DateTime.tsx";
import { EditorPage } from "@/components/workbench/EditorPage.tsx";
import { db } from "@/lib/platform/db.ts";
import { LINK_ROLE_LABEL, RELATION_LABEL } from "@/lib/labels.ts";
import { userForPage } from "@/lib/accounts/page-guard.ts";
import { parseId } from "@/lib/params.ts";
import { listClaimLinks } from "@/lib/workbench/claim-links.ts";
import { claimFormValues } from "@/lib/workbench/claim-form-values.ts";
import { findDeletion } from "@/lib/workbench/deletion-records.ts";
import { claimHistory } from "@/lib/workbench/history.ts";
import { listNotes } from "@/lib/workbench/notes.ts";
import { formOptions, getClaimForEditor } from "@/lib/workbench/queries.ts";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Claim #${(await params).id} · Workbench` };
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-4 rounded-lg border border-stone-200 bg-stone-50 p-4 sm:p-6">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">{title}</h2>
      <div className="mt-4 space-y-4">{children}</div>
    </section>
  );
}

export default async function EditorClaimPage({ params }: Props) {
  const raw = (await params).id;
  await userForPage("EDITOR", `/editor/claims/${raw}`);
  const id = parseId(raw);
  const claim = id === null ? null : await getClaimForEditor(db, id);
  if (!claim) {
    const deletion = id === null ? null : await findDeletion(db, "CLAIM", id);
    if (!deletion) notFound();
    return <DeletedRecord title={`Claim #${id}`} deletion={deletion} back={{ href: "/editor/claims", label: "Back to the claims" }} />;
  }
  const [options, notes, history, links] = await Promise.all([
    formOptions(db),
    listNotes(db, claim.id),
    claimHistory(db, claim.id),
    listClaimLinks(db, claim.id),
  ]);
  const ref = { id: claim.id, version: claim.version };
  const linkedIds = new Set(claim.outcomes.map((link) => link.outcome.id));
  const linkable = options.outcomes
    .filter((outcome) => !linkedIds.has(outcome.id))
    .map((outcome) => ({ id: outcome.id, label: `${outcome.occurredAt.toISOString().slice(0, 10)} — ${outcome.title}` }));
  const published = claim.visibility === "PUBLISHED";

  return (
    <EditorPage title={`Claim #${claim.id}`}>
      <div className="space-y-2">
        <p className="font-serif text-xl">“{claim.quote}”</p>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-700">
          <span>{claim.claimant.name}{claim.claimant.title ? `, ${claim.claimant.title}` : ""}</span>
          <LocalDate value={claim.statedAt} />
          <StatusBadge status={claim.status} />
          <span>{claim.withdrawnAt ? "Withdrawn" : published ? "Published" : "Draft"}</span>
          <span>Version {claim.version}</span>
          {published ? <Link href={`/claims/${claim.id}`} className="underline underline-offset-2">Public page</Link> : null}
        </p>
        {claim.source && claim.anchorStart === null ? (
          <p className="text-sm text-amber-800">The quote is not anchored in its source.</p>
        ) : null}
      </div>

      <nav aria-label="On this page" className="mt-4 text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {[["edit", "Edit"], ["status", "Status"], ["outcomes", "Outcomes"], ["links", "Linked claims"], ["publish", "Publish"], ["remove", published ? "Withdraw" : "Delete"], ["notes", "Notes"], ["history", "History"]].map(([anchor, label]) => (
            <li key={anchor}><a href={`#${anchor}`} className="underline underline-offset-2">{label}</a></li>
          ))}
        </ul>
      </nav>

      <div className="mt-6 space-y-6">
        <Section id="edit" title="Edit">
          <ClaimForm
            mode="edit"
            id={claim.id}
            version={claim.version}
            claimants={options.claimants}
            sources={options.sources}
            initial={claimFormValues(claim)}
          />
        </Section>

        <Section id="status" title="Status">
          <p className="text-sm">Now: <StatusBadge status={claim.status} /></p>
          <StatusForm claim={ref} status={claim.status} outcomeCount={claim.outcomes.length} />
        </Section>

        <Section id="outcomes" title="Outcomes">
          {claim.outcomes.length === 0 ? (
            <p className="text-sm text-stone-700">No outcome linked yet. A verdict needs at least one.</p>
          ) : (
            <ul className="space-y-3">
              {claim.outcomes.map((link) => (
                <li key={link.outcome.id} className="flex flex-wrap items-start justify-between gap-3 rounded-md border border-stone-200 bg-white p-3 text-sm">
                  <div>
                    <p>
                      <Link href={`/editor/outcomes/${link.outcome.id}`} className="font-medium underline underline-offset-2">{link.outcome.title}</Link>{" "}
                      <span className="text-stone-600">(<LocalDate value={link.outcome.occurredAt} />)</span>
                    </p>
                    <p className="text-stone-700">{RELATION_LABEL[link.relation]}{link.note ? ` — ${link.note}` : ""}</p>
                  </div>
                  <UnlinkOutcomeForm claim={ref} outcomeId={link.outcome.id} title={link.outcome.title} />
                </li>
              ))}
            </ul>
          )}
          <h3 className="text-lg font-semibold">Link an outcome</h3>
          {linkable.length > 0 ? <LinkOutcomeForm claim={ref} outcomes={linkable} /> : <p className="text-sm text-stone-700">Every outcome is already linked.</p>}
          <p className="text-sm">
            Not in the list? <Link href={`/editor/outcomes/new?claim=${claim.id}`} className="font-medium underline underline-offset-2">Create a new outcome</Link>, then link it here.
          </p>
        </Section>

        <Section id="links" title="Linked claims">
          {links.length === 0 ? (
            <p className="text-sm text-stone-700">Not linked to any other claim.</p>
          ) : (
            <ul className="space-y-3">
              {links.map((link) => (
                <li key={link.claim.id} className="flex flex-wrap items-start justify-between gap-3 rounded-md border border-stone-200 bg-white p-3 text-sm">
                  <div>
                    <p className="font-medium">{LINK_ROLE_LABEL[link.role]}</p>
                    <p>
                      <Link href={`/editor/claims/${link.claim.id}`} className="underline underline-offset-2">
                        #{link.claim.id} “{link.claim.quote}”
                      </Link>{" "}
                      <span className="text-stone-600">— {link.claim.claimant.name}{link.claim.visibility === "DRAFT" ? " (draft)" : ""}</span>
                    </p>
                  </div>
                  <UnlinkClaimForm claim={ref} otherClaimId={link.claim.id} />
                </li>
              ))}
            </ul>
          )}
          <h3 className="text-lg font-semibold">Link to another claim</h3>
          <LinkClaimForm claim={ref} />
        </Section>

        <Section id="publish" title={published ? "Published" : "Draft"}>
          {claim.publishedAt ? <p className="text-sm text-stone-700">Published <DateTime value={claim.publishedAt} />.</p> : null}
          <PublishForm claim={ref} published={published} />
        </Section>

        <Section id="remove" title={claim.withdrawnAt ? "Withdrawn" : published ? "Withdraw" : "Delete"}>
          <ClaimRemoval claim={claim} publishedOnce={history.some((entry) => entry.type === "PUBLISHED")} />
        </Section>

        <Section id="notes" title="Internal notes">
          {notes.length === 0 ? <p className="text-sm text-stone-700">No notes yet.</p> : (
            <ul className="space-y-2">
              {notes.map((note) => (
                <li key={note.id} className="rounded-md border border-stone-200 bg-white p-3 text-sm">
                  <p className="text-stone-600">{note.author.name}, <DateTime value={note.createdAt} /></p>
                  <p className="mt-1 whitespace-pre-line">{note.body}</p>
                </li>
              ))}
            </ul>
          )}
          <NoteForm claimId={claim.id} />
        </Section>

        <Section id="history" title="History">
          <ClaimHistory entries={history} />
        </Section>
      </div>
    </EditorPage>
  );
}
