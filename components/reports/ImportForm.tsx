"use client";

import Link from "next/link";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { Field } from "@/components/forms/Field.tsx";
import { FormMessage } from "@/components/forms/FormMessage.tsx";
import { IDLE } from "@/lib/action-state.ts";
import { buttonClasses } from "@/components/forms/styles.ts";
import type { ImportState } from "@/components/reports/import-types.ts";
import { fileSizeIssue, MAX_IMPORT_FILE_BYTES, megabytes } from "@/lib/upload-limits.ts";

export function ImportForm({ action }: { action: (state: ImportState, formData: FormData) => Promise<ImportState> }) {
  const [state, formAction, pending] = useActionState(action, IDLE as ImportState);
  const plan = state.data?.plan;
  // A file over the limit is refused here, before it is sent: the server would refuse the whole post.
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const fileErrors = tooLarge ? [tooLarge] : state.fieldErrors?.file;

  // Sent by hand rather than as a form action: React resets a form after its action, which would
  // clear the chosen file between checking it and importing it.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    const file = data.get("file");
    const issue = file instanceof File ? fileSizeIssue(file.size, MAX_IMPORT_FILE_BYTES) : null;
    setTooLarge(issue);
    if (!issue) startTransition(() => formAction(data));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      {/* Not reset after an answer (see onSubmit): the checked file stays chosen for the import. */}
      <Field
        type="file"
        label="Claims CSV file"
        name="file"
        accept=".csv,text/csv"
        required
        hint={
          <>
            UTF-8, up to {megabytes(MAX_IMPORT_FILE_BYTES)} and 5,000 rows, with a header row. Required columns: quote, summary, claimant, stated_at, kind; optional:
            id, permalink, external_id, claimant_title, source_url or source_title (of a source already in the ledger: the quote is
            checked against its text), quote_occurrence, tags, due_at, due_note. The claims report&apos;s file works as is, and its
            claims are recognised as already in the ledger.
          </>
        }
        errors={fileErrors}
        note={state.data?.fileName && !state.data.imported ? `Checked: “${state.data.fileName}”.` : undefined}
      />
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="preview" disabled={pending} className={buttonClasses.secondary}>
          Check the file
        </button>
        {plan?.valid && plan.toCreate > 0 && !state.data?.imported ? (
          <button type="submit" name="intent" value="apply" disabled={pending} className={buttonClasses.primary}>
            Import {plan.toCreate} claim{plan.toCreate === 1 ? "" : "s"}
          </button>
        ) : null}
      </div>
      <div aria-live="polite">
        <FormMessage state={state} />
        {state.data?.imported ? (
          <p className="mt-2 text-sm">
            <Link href="/editor" className="font-medium underline underline-offset-2">
              See the drafts on the workbench →
            </Link>
          </p>
        ) : null}
      </div>
      {plan ? <ImportPreview plan={plan} /> : null}
    </form>
  );
}

function ImportPreview({ plan }: { plan: NonNullable<NonNullable<ImportState["data"]>["plan"]> }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
        <caption className="text-left text-sm font-medium text-stone-800">{plan.valid ? "What will be imported" : "Rows with errors"}</caption>
        <thead>
          <tr className="border-b border-stone-300 text-stone-600">
            <th scope="col" className="py-2 pr-3 font-medium">Line</th>
            <th scope="col" className="py-2 pr-3 font-medium">Quote</th>
            <th scope="col" className="py-2 pr-3 font-medium">Claimant</th>
            <th scope="col" className="py-2 font-medium">{plan.valid ? "Result" : "Problems"}</th>
          </tr>
        </thead>
        <tbody>
          {plan.rows.map((row) => (
            <tr key={row.line} className="border-b border-stone-200 align-top">
              <td className="py-2 pr-3">{row.line}</td>
              <td className="py-2 pr-3 font-serif">{row.row.quote || "—"}</td>
              <td className="py-2 pr-3">{row.row.claimant || "—"}</td>
              <td className="py-2">
                {Object.keys(row.errors).length > 0 ? (
                  <ul className="text-rose-800">
                    {Object.entries(row.errors).map(([field, messages]) => (
                      <li key={field}>
                        <span className="font-mono">{field}</span>: {messages.join(" ")}
                      </li>
                    ))}
                  </ul>
                ) : row.existing ? (
                  <>
                    <a href={`/editor/claims/${row.claimId}`} className="underline">
                      Claim #{row.claimId}
                    </a>{" "}
                    is in the ledger:{" "}
                    {row.differences?.length ? (
                      <span className="text-amber-900">this row differs in {row.differences.join(", ")}; the claim is not changed</span>
                    ) : (
                      "skipped"
                    )}
                  </>
                ) : (
                  "New draft"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
