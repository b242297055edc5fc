"use client";

import { useActionState } from "react";
import { deleteClaimAction, withdrawClaimAction } from "@/app/editor/claims/actions.ts";
import { Field } from "@/components/forms/Field.tsx";
import { SubmitButton } from "@/components/forms/SubmitButton.tsx";
import { buttonClasses } from "@/components/forms/styles.ts";
import { useRound } from "@/components/forms/useRound.ts";
import { ConfirmDeleteForm } from "@/components/workbench/ConfirmDeleteForm.tsx";
import { DateTime } from "@/components/workbench/DateTime.tsx";
import { FormResult } from "@/components/workbench/FormResult.tsx";
import { IDLE } from "@/lib/action-state.ts";
import type { WorkbenchFormState } from "@/lib/workbench/action-results.ts";
import { WITHDRAWAL_EXPLANATION_LIMIT, WITHDRAWAL_REASONS } from "@/lib/workbench/withdrawal-reasons.ts";
import { CorrectionNote } from "@/components/workbench/ClaimActionForms.tsx";

type RemovableClaim = { id: number; version: number; visibility: "DRAFT" | "PUBLISHED"; withdrawnAt: Date | null; withdrawalReason: string | null };

const reasonOptions = [
  { value: "", label: "Choose a reason…" },
  ...Object.entries(WITHDRAWAL_REASONS).map(([value, { label }]) => ({ value, label })),
];

/** A published claim is withdrawn with a public reason, after a confirmation step. */
function WithdrawForm({ claim }: { claim: RemovableClaim }) {
  const [state, formAction] = useActionState(withdrawClaimAction, IDLE as WorkbenchFormState);
  const round = useRound(state);
  const values = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <details open={state.status === "error"}>
      <summary className={`${buttonClasses.secondary} inline-block cursor-pointer`}>Withdraw this claim…</summary>
      <form action={formAction} className="mt-3 space-y-4 rounded-md border border-rose-200 bg-rose-50 p-4" noValidate>
        <input type="hidden" name="id" value={claim.id} />
        <input type="hidden" name="version" value={claim.version} />
        <p className="text-sm text-stone-800">
          Readers will see a withdrawal notice with the reason and the date instead of the claim; its history stays public. It leaves the index,
          search, claimant and source pages, the feeds and the sitemap. A withdrawn claim can no longer be changed, and this cannot be undone.
        </p>
        <div key={round} className="grid gap-4 sm:grid-cols-2">
          <Field type="select" label="Reason" name="reason" required options={reasonOptions} defaultValue={values.reason ?? ""} errors={state.fieldErrors?.reason} />
          <Field
            type="number"
            label="Duplicate of claim number"
            name="duplicateOf"
            optional
            min={1}
            hint="For “Duplicate of another claim”: readers are pointed to it."
            defaultValue={values.duplicateOf}
            errors={state.fieldErrors?.duplicateOf}
          />
          <div className="sm:col-span-2">
            <Field
              type="textarea"
              label="Explanation"
              name="explanation"
              optional
              rows={2}
              maxChars={WITHDRAWAL_EXPLANATION_LIMIT}
              hint="Shown to readers after the reason; required for “Other”."
              defaultValue={values.explanation}
              errors={state.fieldErrors?.explanation}
            />
          </div>
          <div className="sm:col-span-2">
            <CorrectionNote
              required
              hint="What was wrong with the claim as readers saw it. Listed on the corrections page and shown with the notice."
              defaultValue={values.correction}
              errors={state.fieldErrors?.correction}
            />
          </div>
        </div>
        <SubmitButton variant="danger" pendingLabel="Withdrawing…">
          Withdraw claim #{claim.id}
        </SubmitButton>
        <FormResult state={state} />
      </form>
    </details>
  );
}

/**
 * How a claim leaves the ledger: a published claim is withdrawn (readers see why), a draft that
 * readers never saw is deleted (an audit record keeps it), a draft that was published once can be
 * neither deleted nor withdrawn while a draft. A withdrawn claim shows its notice.
 */
export function ClaimRemoval({ claim, publishedOnce }: { claim: RemovableClaim; publishedOnce: boolean }) {
  if (claim.withdrawnAt) {
    return (
      <p role="status" className="rounded-md border border-rose-300 bg-rose-50 p-3 text-sm text-rose-950">
        Withdrawn on <DateTime value={claim.withdrawnAt} />: “{claim.withdrawalReason}”. Readers see this reason instead of the claim. A withdrawn
        claim can no longer be changed; internal notes can still be added.
      </p>
    );
  }
  if (claim.visibility === "PUBLISHED") return <WithdrawForm claim={claim} />;
  if (publishedOnce) {
    return (
      <p className="text-sm text-stone-700">
        This draft was published once, so readers may have seen or linked to it: it cannot be deleted. To take it back for good, publish it again
        and withdraw it with a reason.
      </p>
    );
  }
  return (
    <ConfirmDeleteForm action={deleteClaimAction} hidden={{ id: claim.id, version: claim.version }} summary="Delete this draft…" confirmLabel={`Delete draft #${claim.id}`}>
      <p>Readers never saw this draft. Deleting it removes it with its history, notes and links, for good.</p>
      <p>An audit record keeps the claim and its history as they are now, with your name and the time.</p>
    </ConfirmDeleteForm>
  );
}
