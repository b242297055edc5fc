import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/StatusBadge.tsx";
import { EditorPage } from "@/components/workbench/EditorPage.tsx";
import { OutcomeForm } from "@/components/workbench/OutcomeForm.tsx";
import { ConfirmDeleteForm } from "@/components/workbench/ConfirmDeleteForm.tsx";
import { DeletedRecord } from "@/components/workbench/DeletedRecord.tsx";
import { db } from "@/lib/platform/db.ts";
import { RELATION_LABEL } from "@/lib/labels.ts";
import { userForPage } from "@/lib/accounts/page-guard.ts";
import { parseId } from "@/lib/params.ts";
import { dateToIso } from "@/lib/fields.ts";
import { findDeletion } from "@/lib/workbench/deletion-records.ts";
import { formOptions, getOutcomeForEditor } from "@/lib/workbench/queries.ts";
import { deleteOutcomeAction } from "../actions.ts";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Outcome #${(await params).id} · Workbench` };
}

export default async function EditorOutcomePage({ params }: Props) {
  const raw = (await params).id;
  await userForPage("EDITOR", `/editor/outcomes/${raw}`);
  const id = parseId(raw);
  const outcome = id === null ? null : await getOutcomeForEditor(db, id);
  if (!outcome) {
    const deletion = id === null ? null : await findDeletion(db, "OUTCOME", id);
    if (!deletion) notFound();
    return <DeletedRecord title={`Outcome #${id}`} deletion={deletion} back={{ href: "/editor/outcomes", label: "Back to the outcomes" }} />;
  }
  const { sources } = await formOptions(db);
  return (
    <EditorPage title={outcome.title}>
      <OutcomeForm
        mode="edit"
        id={outcome.id}
        sources={sources}
        initial={{
          title: outcome.title,
          description: outcome.description ?? "",
          occurredAt: dateToIso(outcome.occurredAt),
          sourceId: outcome.sourceId === null ? "" : String(outcome.sourceId),
          url: outcome.url ?? "",
        }}
      />
      <section aria-labelledby="linked-heading" className="mt-8">
        <h2 id="linked-heading" className="text-xl font-semibold">Linked claims</h2>
        {outcome.claims.length === 0 ? (
          <p className="mt-2 text-sm text-stone-700">Not linked to any claim yet: link it from a claim&apos;s page.</p>
        ) : (
          <ul className="mt-2 space-y-2 text-sm">
            {outcome.claims.map(({ claim, relation }) => (
              <li key={claim.id} className="flex flex-wrap items-center gap-2">
                <Link href={`/editor/claims/${claim.id}`} className="font-serif underline underline-offset-2">“{claim.quote}”</Link>
                <span className="text-stone-700">{RELATION_LABEL[relation]}</span>
                <StatusBadge status={claim.status} />
                {claim.visibility === "DRAFT" ? <span className="text-xs font-semibold uppercase text-amber-800">Draft</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="delete-heading" className="mt-8">
        <h2 id="delete-heading" className="text-xl font-semibold">Delete</h2>
        <div className="mt-2">
          <ConfirmDeleteForm action={deleteOutcomeAction} hidden={{ id: outcome.id }} summary="Delete this outcome…" confirmLabel={`Delete outcome #${outcome.id}`}>
            <p>Only an outcome that no claim uses — linked now or named in a claim&apos;s history — can be deleted.</p>
            <p>An audit record keeps the outcome as it is now, with your name and the time.</p>
          </ConfirmDeleteForm>
        </div>
      </section>
    </EditorPage>
  );
}
