"use client";

import { useActionState, useState } from "react";
import { bulkClaimsAction } from "@/app/editor/claims/actions.ts";
import { Field } from "@/components/forms/Field.tsx";
import { FormMessage } from "@/components/forms/FormMessage.tsx";
import { SubmitButton } from "@/components/forms/SubmitButton.tsx";
import { BULK_FORM_ID } from "@/components/workbench/bulk-form.ts";
import { useRound } from "@/components/forms/useRound.ts";
import { IDLE } from "@/lib/action-state.ts";
import { STATUS } from "@/lib/status.ts";


const ACTIONS = [
  { value: "assign", label: "Assign to…" },
  { value: "tag", label: "Add a tag" },
  { value: "untag", label: "Remove a tag" },
  { value: "publish", label: "Publish" },
  { value: "unpublish", label: "Unpublish" },
  { value: "status", label: "Change the status" },
];

/**
 * One change to the claims ticked in the list below, or to every claim the list's search matches
 * (up to `limit`). The fields the chosen change needs appear with it.
 */
export function BulkClaimsForm({ query, total, limit, editors }: { query: string; total: number; limit: number; editors: { id: number; name: string }[] }) {
  const [state, formAction] = useActionState(bulkClaimsAction, IDLE);
  const round = useRound(state);
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const errors = state.fieldErrors ?? {};
  const [action, setAction] = useState(values.action ?? "assign");
  const selectAll = (checked: boolean) => {
    for (const box of document.querySelectorAll<HTMLInputElement>(`input[name="claim"][form="${BULK_FORM_ID}"]`)) box.checked = checked;
  };
  return (
    <form id={BULK_FORM_ID} action={formAction} className="mt-4 space-y-3 rounded-lg border border-stone-200 bg-white p-4" noValidate>
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold">Change several claims at once</legend>
        <input type="hidden" name="query" value={query} />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className="size-4" onChange={(event) => selectAll(event.currentTarget.checked)} />
          Select every claim on this page
        </label>
        <div key={round} className="flex flex-wrap items-start gap-4">
          <Field type="select" label="Change" name="action" options={ACTIONS} defaultValue={action} onChange={setAction} errors={errors.action} />
          {action === "assign" ? (
            <Field
              type="select"
              label="Assignee"
              name="assigneeId"
              options={[{ value: "", label: "No one (unassign)" }, ...editors.map((editor) => ({ value: String(editor.id), label: editor.name }))]}
              defaultValue={values.assigneeId ?? ""}
              errors={errors.assigneeId}
            />
          ) : null}
          {action === "tag" || action === "untag" ? <Field type="text" label="Tag" name="tag" required defaultValue={values.tag} errors={errors.tag} /> : null}
          {action === "status" ? (
            <>
              <Field
                type="select"
                label="New status"
                name="status"
                options={Object.entries(STATUS).map(([value, info]) => ({ value, label: info.label }))}
                defaultValue={values.status}
                errors={errors.status}
              />
              <div className="min-w-64 flex-1">
                <Field type="textarea" label="Rationale" name="rationale" required rows={2} hint="The same for every claim; each gets its own history entry." defaultValue={values.rationale} errors={errors.rationale} />
              </div>
              <div className="min-w-64 flex-1">
                <Field type="textarea" label="Correction note" name="correction" optional rows={2} hint="Needed when readers saw a verdict that changes." defaultValue={values.correction} errors={errors.correction} />
              </div>
            </>
          ) : null}
        </div>
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <SubmitButton pendingLabel="Applying…" name="scope" value="selected">
          Apply to the selected claims
        </SubmitButton>
        {total > 0 && total <= limit ? (
          <SubmitButton variant="secondary" pendingLabel="Applying…" name="scope" value="matching">
            Apply to all {total} matching claims
          </SubmitButton>
        ) : null}
      </div>
      {total > limit ? <p className="text-sm text-stone-700">More than {limit.toLocaleString("en")} claims match: narrow the search to change them all at once.</p> : null}
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

