"use client";

import { useActionState } from "react";
import { linkClaimAction } from "@/app/editor/claims/actions.ts";
import { dismissDuplicatePairAction, restoreDuplicatePairAction } from "@/app/editor/duplicates/actions.ts";
import { SubmitButton } from "@/components/forms/SubmitButton.tsx";
import { FormResult } from "@/components/workbench/FormResult.tsx";
import { IDLE } from "@/lib/action-state.ts";

type Side = { id: number; version: number };

/** Marks one claim of the pair as the duplicate of the other (readers are then sent to the other). */
function MarkDuplicate({ duplicate, original }: { duplicate: Side; original: Side }) {
  const [state, formAction] = useActionState(linkClaimAction, IDLE);
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={duplicate.id} />
      <input type="hidden" name="version" value={duplicate.version} />
      <input type="hidden" name="otherClaimId" value={original.id} />
      <input type="hidden" name="kind" value="DUPLICATE_OF" />
      <SubmitButton pendingLabel="Linking…">
        #{duplicate.id} is a duplicate of #{original.id}
      </SubmitButton>
      <FormResult state={state} />
    </form>
  );
}

/** "Not duplicates", remembered; the confirmation offers to undo it. */
function Dismiss({ first, second }: { first: Side; second: Side }) {
  const [state, formAction] = useActionState(dismissDuplicatePairAction, IDLE);
  const [undoState, undoAction] = useActionState(restoreDuplicatePairAction, IDLE);
  const pair = (
    <>
      <input type="hidden" name="claimId" value={first.id} />
      <input type="hidden" name="otherClaimId" value={second.id} />
    </>
  );
  return (
    <div>
      <form action={formAction}>
        {pair}
        <SubmitButton variant="secondary" pendingLabel="Dismissing…">
          Not duplicates<span className="sr-only"> (claims #{first.id} and #{second.id})</span>
        </SubmitButton>
        <FormResult state={state} />
      </form>
      {state.status === "success" && undoState.status !== "success" ? (
        <form action={undoAction} className="mt-2">
          {pair}
          <SubmitButton variant="secondary" pendingLabel="Undoing…">
            Undo<span className="sr-only"> dismissing claims #{first.id} and #{second.id}</span>
          </SubmitButton>
        </form>
      ) : null}
      <FormResult state={undoState} />
    </div>
  );
}

export function DuplicatePairActions({ first, second }: { first: Side; second: Side }) {
  return (
    <div className="flex flex-wrap items-start gap-3">
      <MarkDuplicate duplicate={second} original={first} />
      <MarkDuplicate duplicate={first} original={second} />
      <Dismiss first={first} second={second} />
    </div>
  );
}
