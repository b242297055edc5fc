import Link from "next/link";
import { DateTime } from "@/components/workbench/DateTime.tsx";
import { EditorPage } from "@/components/workbench/EditorPage.tsx";
import type { DeletionNotice } from "@/lib/workbench/deletion-records.ts";

/** The page of a claim, outcome or source that was deleted: who deleted it, when and why (the audit record). */
export function DeletedRecord({ title, deletion, back }: { title: string; deletion: DeletionNotice; back: { href: string; label: string } }) {
  return (
    <EditorPage title={title}>
      <div role="status" className="max-w-2xl space-y-2 rounded-md border border-stone-300 bg-stone-50 p-4">
        <p className="font-medium">
          {title} was deleted{deletion.deletedBy ? ` by ${deletion.deletedBy.name}` : ""} on <DateTime value={deletion.deletedAt} />.
        </p>
        {deletion.reason ? <p className="text-sm whitespace-pre-line text-stone-800">Why: {deletion.reason}</p> : null}
        <p className="text-sm text-stone-700">The audit record keeps what it was.</p>
        <p className="text-sm">
          <Link href={back.href} className="font-medium underline underline-offset-2">
            {back.label} →
          </Link>
        </p>
      </div>
    </EditorPage>
  );
}
