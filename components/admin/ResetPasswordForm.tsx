"use client";

import { useActionState, useState } from "react";
import { OneTimePasswordNotice } from "@/components/admin/OneTimePasswordNotice.tsx";
import type { FormAction, OneTimePassword, PasswordResetState, UserRow } from "@/components/admin/types.ts";
import { ConfirmStep } from "@/components/forms/ConfirmStep.tsx";
import { FormMessage } from "@/components/forms/FormMessage.tsx";
import { IDLE } from "@/lib/action-state.ts";

type Props = { user: UserRow; action: FormAction<PasswordResetState> };

/** Give one user a new random password (after a confirmation step), shown once. */
export function ResetPasswordForm({ user, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const [confirming, setConfirming] = useState(false);
  // The password stays on screen after a later failure: it cannot be shown again.
  const [issued, setIssued] = useState<OneTimePassword | null>(null);
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state.status === "success") {
      setConfirming(false);
      if (state.data) setIssued(state.data);
    }
  }

  if (user.isCurrentUser) return null;

  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="userId" value={user.id} />
      <ConfirmStep
        confirming={confirming}
        setConfirming={setConfirming}
        tone="warning"
        opener={
          <>
            Reset password…<span className="sr-only"> of {user.name}</span>
          </>
        }
        confirmLabel={`Reset password of ${user.name}`}
        pendingLabel="Resetting…"
      >
        Give {user.name} a new random password? Their current one stops working, their open sessions end, and they choose their own password when
        they sign in with the new one.
      </ConfirmStep>
      <FormMessage state={state} />
      {issued ? <OneTimePasswordNotice key={issued.password} kind="New password" {...issued} /> : null}
    </form>
  );
}
