"use client";

import { useActionState } from "react";
import {
  addNoteAction,
  approveChangeAction,
  assignClaimAction,
  changeStatusAction,
  linkClaimAction,
  linkOutcomeAction,
  publishClaimAction,
  returnChangeAction,
  unlinkClaimAction,
  unlinkOutcomeAction,
  unpublishClaimAction,
} from "@/app/editor/claims/actions.ts";
import { Field } from "@/components/forms/Field.tsx";
import { buttonClasses } from "@/components/forms/styles.ts";
import { IDLE } from "@/lib/action-state.ts";
import { SubmitButton } from "@/components/forms/SubmitButton.tsx";
import { useRound } from "@/components/forms/useRound.ts";
import { FormResult } from "@/components/workbench/FormResult.tsx";
import type { ClaimStatus } from "@/generated/prisma/enums.ts";
import { RELATION_LABEL } from "@/lib/labels.ts";
import { isVerdict, STATUS } from "@/lib/status.ts";
import type { WorkbenchFormState } from "@/lib/workbench/action-results.ts";
import { CLAIM_TEXT_LIMITS } from "@/lib/workbench/claim-form-values.ts";

type ClaimRef = { id: number; version: number };

function ClaimRefInputs({ claim }: { claim: ClaimRef }) {
  return (
    <>
      <input type="hidden" name="id" value={claim.id} />
      <input type="hidden" name="version" value={claim.version} />
    </>
  );
}

const errorValues = (state: WorkbenchFormState) => (state.status === "error" ? (state.values ?? {}) : {});

/**
 * The note readers see when a published claim is corrected (lib/workbench/corrections.ts decides
 * when it is required; the server says so on this field).
 */
export function CorrectionNote({ required, hint, defaultValue, errors }: { required: boolean; hint: string; defaultValue?: string; errors?: string[] }) {
  const common = { type: "textarea", label: "Correction note (shown to readers)", name: "correction", rows: 2, maxChars: CLAIM_TEXT_LIMITS.correction, hint, defaultValue, errors } as const;
  return required ? <Field {...common} required /> : <Field {...common} optional />;
}

/**
 * `seen`: whether readers have seen the claim (it is, or was, published: lib/workbench/corrections.ts
 * seenByReaders). Left out (a page that does not say), the correction note is offered as optional
 * and the server decides.
 */
export function StatusForm({ claim, status, outcomeCount, seen }: { claim: ClaimRef; status: ClaimStatus; outcomeCount: number; seen?: boolean }) {
  const [state, formAction] = useActionState(changeStatusAction, IDLE);
  const round = useRound(state);
  const values = errorValues(state);
  const options = (Object.keys(STATUS) as ClaimStatus[]).map((value) => ({
    value,
    label: `${STATUS[value].label}${value === status ? " (current)" : ""}${isVerdict(value) && outcomeCount === 0 ? " — needs a linked outcome" : ""}`,
  }));
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <ClaimRefInputs claim={claim} />
      <div key={round} className="space-y-4">
        <Field type="select" label="New status" name="status" options={options} defaultValue={values.status ?? status} errors={state.fieldErrors?.status} required />
        <Field
          type="textarea"
          label="Rationale"
          name="rationale"
          required
          rows={3}
          hint="Why the status changes; readers see it in the claim's history."
          defaultValue={values.rationale}
          errors={state.fieldErrors?.rationale}
        />
        {seen === false ? null : (
          <CorrectionNote
            required={seen === true && isVerdict(status)}
            hint={
              isVerdict(status)
                ? `Readers have seen the verdict “${STATUS[status].label}”: say what was wrong and what changed. Listed on the corrections page.`
                : "Only if the current status was a mistake: say what was wrong. Listed on the corrections page."
            }
            defaultValue={values.correction}
            errors={state.fieldErrors?.correction}
          />
        )}
      </div>
      <SubmitButton pendingLabel="Changing…">Change status</SubmitButton>
      <FormResult state={state} />
    </form>
  );
}

/** `reviewed`: publishing this draft waits for another editor's approval (lib/workbench/reviews.ts). */
export function PublishForm({ claim, published, reviewed = false }: { claim: ClaimRef; published: boolean; reviewed?: boolean }) {
  const [state, formAction] = useActionState(published ? unpublishClaimAction : publishClaimAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <ClaimRefInputs claim={claim} />
      <p className="text-sm text-stone-700">
        {published
          ? "Readers can see this claim. Unpublishing hides it everywhere public (pages, search, feed, exports)."
          : `This claim is a draft: only signed-in editors can see it.${reviewed ? " Publishing it waits for another editor's approval." : ""}`}
      </p>
      <SubmitButton variant={published ? "secondary" : "primary"} pendingLabel={published ? "Unpublishing…" : "Publishing…"}>
        {published ? "Unpublish" : "Publish"}
      </SubmitButton>
      <FormResult state={state} />
    </form>
  );
}

/** Who works on the claim, changed in place: an editor, or no one. */
export function AssignForm({ claim, assigneeId, editors }: { claim: ClaimRef; assigneeId: number | null; editors: { id: number; name: string }[] }) {
  const [state, formAction] = useActionState(assignClaimAction, IDLE);
  const round = useRound(state);
  const values = errorValues(state);
  const options = [{ value: "", label: "No one" }, ...editors.map((editor) => ({ value: String(editor.id), label: editor.name }))];
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <ClaimRefInputs claim={claim} />
      <div className="flex flex-wrap items-end gap-2">
        <div key={round} className="min-w-48 flex-1">
          <Field type="select" label="Assignee" name="assigneeId" options={options} defaultValue={values.assigneeId ?? String(assigneeId ?? "")} errors={state.fieldErrors?.assigneeId} />
        </div>
        <SubmitButton variant="secondary" pendingLabel="Saving…">
          Assign
        </SubmitButton>
      </div>
      <FormResult state={state} />
    </form>
  );
}

/**
 * Approve or return a change waiting for review. `canApprove`: not the author's own (an admin's may
 * be); the author may only take it back (return it), which the server decides as well.
 */
export function ReviewForms({ reviewId, claim, canApprove, own }: { reviewId: number; claim: ClaimRef; canApprove: boolean; own: boolean }) {
  const [approved, approve] = useActionState(approveChangeAction, IDLE);
  const [returned, giveBack] = useActionState(returnChangeAction, IDLE);
  const round = useRound(returned);
  return (
    <div className="space-y-2">
      {canApprove ? (
        <form action={approve} className="space-y-2">
          <input type="hidden" name="reviewId" value={reviewId} />
          <input type="hidden" name="version" value={claim.version} />
          <SubmitButton pendingLabel="Approving…">Approve</SubmitButton>
          <FormResult state={approved} />
        </form>
      ) : (
        <p className="text-sm text-stone-700">Another editor must approve your change.</p>
      )}
      <details>
        <summary className={`${buttonClasses.secondary} inline-block cursor-pointer`}>{own ? "Take it back…" : "Return it…"}</summary>
        <form action={giveBack} className="mt-2 space-y-2" noValidate>
          <input type="hidden" name="reviewId" value={reviewId} />
          <div key={round}>
            <Field
              type="textarea"
              label="Comment for the author"
              name="comment"
              required
              rows={2}
              hint="What should change. Internal: never shown to readers."
              defaultValue={errorValues(returned).comment}
              errors={returned.fieldErrors?.comment}
            />
          </div>
          <SubmitButton variant="secondary" pendingLabel="Returning…">
            {own ? "Take back" : "Return"}
          </SubmitButton>
          <FormResult state={returned} />
        </form>
      </details>
    </div>
  );
}

export function LinkOutcomeForm({ claim, outcomes }: { claim: ClaimRef; outcomes: { id: number; label: string }[] }) {
  const [state, formAction] = useActionState(linkOutcomeAction, IDLE);
  const round = useRound(state);
  const values = errorValues(state);
  const relations = Object.entries(RELATION_LABEL).map(([value, label]) => ({ value, label }));
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <ClaimRefInputs claim={claim} />
      <div key={round} className="grid gap-4 sm:grid-cols-2">
        <Field
          type="select"
          label="Outcome"
          name="outcomeId"
          options={[{ value: "", label: "Choose an outcome…" }, ...outcomes.map((outcome) => ({ value: String(outcome.id), label: outcome.label }))]}
          defaultValue={values.outcomeId ?? ""}
          errors={state.fieldErrors?.outcomeId}
          required
        />
        <Field type="select" label="Relation" name="relation" options={relations} defaultValue={values.relation ?? "SUPPORTS"} errors={state.fieldErrors?.relation} required />
        <div className="sm:col-span-2">
          <Field type="text" label="Note" name="note" optional hint="How this outcome bears on the claim." defaultValue={values.note} errors={state.fieldErrors?.note} />
        </div>
      </div>
      <SubmitButton pendingLabel="Linking…">Link outcome</SubmitButton>
      <FormResult state={state} />
    </form>
  );
}

export function UnlinkOutcomeForm({ claim, outcomeId, title }: { claim: ClaimRef; outcomeId: number; title: string }) {
  const [state, formAction] = useActionState(unlinkOutcomeAction, IDLE);
  return (
    <form action={formAction} className="space-y-2">
      <ClaimRefInputs claim={claim} />
      <input type="hidden" name="outcomeId" value={outcomeId} />
      <SubmitButton variant="secondary" pendingLabel="Unlinking…">
        Unlink<span className="sr-only"> “{title}”</span>
      </SubmitButton>
      <FormResult state={state} />
    </form>
  );
}

/** A new note, or (with `parentId`) an answer in that note's thread. */
export function NoteForm({ claimId, parentId }: { claimId: number; parentId?: number }) {
  const [state, formAction] = useActionState(addNoteAction, IDLE);
  const round = useRound(state);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="id" value={claimId} />
      {parentId === undefined ? null : <input type="hidden" name="parentId" value={parentId} />}
      <div key={round}>
        <Field
          type="textarea"
          label={parentId === undefined ? "New note" : "Your answer"}
          name="body"
          required
          rows={parentId === undefined ? 3 : 2}
          hint="Internal: never shown to readers. @Name tells that editor."
          defaultValue={errorValues(state).body}
          errors={state.fieldErrors?.body ?? state.fieldErrors?.parentId}
        />
      </div>
      <SubmitButton pendingLabel="Adding…">{parentId === undefined ? "Add note" : "Answer"}</SubmitButton>
      <FormResult state={state} />
    </form>
  );
}

/** Link this claim to another by number: the duplicate-of choice sends readers to the other claim. */
export function LinkClaimForm({ claim }: { claim: ClaimRef }) {
  const [state, formAction] = useActionState(linkClaimAction, IDLE);
  const round = useRound(state);
  const values = errorValues(state);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <ClaimRefInputs claim={claim} />
      <div key={round} className="grid gap-4 sm:grid-cols-2">
        <Field
          type="number"
          label="Other claim number"
          name="otherClaimId"
          min={1}
          required
          hint="The number after # on the other claim's page; similar claims are listed on the Claim tab."
          defaultValue={values.otherClaimId}
          errors={state.fieldErrors?.otherClaimId}
        />
        <Field
          type="select"
          label="Link"
          name="kind"
          options={[
            { value: "DUPLICATE_OF", label: "This claim is a duplicate of it (readers are sent there)" },
            { value: "RELATED", label: "Related (listed as “Also said”)" },
          ]}
          defaultValue={values.kind ?? "DUPLICATE_OF"}
          errors={state.fieldErrors?.kind}
          required
        />
      </div>
      <SubmitButton pendingLabel="Linking…">Link claims</SubmitButton>
      <FormResult state={state} />
    </form>
  );
}

export function UnlinkClaimForm({ claim, otherClaimId }: { claim: ClaimRef; otherClaimId: number }) {
  const [state, formAction] = useActionState(unlinkClaimAction, IDLE);
  return (
    <form action={formAction} className="space-y-2">
      <ClaimRefInputs claim={claim} />
      <input type="hidden" name="otherClaimId" value={otherClaimId} />
      <SubmitButton variant="secondary" pendingLabel="Unlinking…">
        Unlink<span className="sr-only"> claim #{otherClaimId}</span>
      </SubmitButton>
      <FormResult state={state} />
    </form>
  );
}
