"use client";

import { useActionState, useState } from "react";
import type { FormAction, UserRow } from "@/components/admin/types.ts";
import { ConfirmStep } from "@/components/forms/ConfirmStep.tsx";
import { FormMessage } from "@/components/forms/FormMessage.tsx";
import { SubmitButton } from "@/components/forms/SubmitButton.tsx";
import { IDLE } from "@/lib/action-state.ts";
import type { ActionState } from "@/lib/action-state.ts";

type Props = { user: UserRow; action: FormAction<ActionState> };

/** Disable (after a confirmation step) or re-enable one user. */
export function UserStatusForm({ user, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const [confirming, setConfirming] = useState(false);
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state.status === "success") setConfirming(false);
  }

  if (user.isCurrentUser) {
    return <p className="text-sm text-stone-600">This is you; another admin can disable your account.</p>;
  }

  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
      {user.disabled ? (
        <SubmitButton variant="secondary" pendingLabel="Re-enabling…">
          Re-enable<span className="sr-only"> {user.name}</span>
        </SubmitButton>
      ) : (
        <ConfirmStep
          confirming={confirming}
          setConfirming={setConfirming}
          opener={
            <>
              Disable…<span className="sr-only"> {user.name}</span>
            </>
          }
          confirmLabel={`Disable ${user.name}`}
          pendingLabel="Disabling…"
        >
          Disable {user.name}? They can no longer sign in, and a session they have open stops working on its next request. You can re-enable the
          account later.
        </ConfirmStep>
      )}
      <FormMessage state={state} />
    </form>
  );
}
