"use client";

import { useActionState, useRef, useState } from "react";
import { OneTimePasswordNotice } from "@/components/admin/OneTimePasswordNotice.tsx";
import type { FormAction, OneTimePassword, PasswordResetState, UserRow } from "@/components/admin/types.ts";
import { FormMessage } from "@/components/forms/FormMessage.tsx";
import { SubmitButton } from "@/components/forms/SubmitButton.tsx";
import { buttonClasses } from "@/components/forms/styles.ts";
import { IDLE } from "@/lib/action-state.ts";

type Props = { user: UserRow; action: FormAction<PasswordResetState> };

/** Give one user a new random password (after a confirmation step), shown once. */
export function ResetPasswordForm({ user, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const [confirming, setConfirming] = useState(false);
  // The password stays on screen after a later failure: it cannot be shown again.
  const [issued, setIssued] = useState<OneTimePassword | null>(null);
  const [seen, setSeen] = useState(state);
  const resetButton = useRef<HTMLButtonElement>(null);
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
      {confirming ? (
        <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
          <p className="text-sm text-stone-900">
            Give {user.name} a new random password? Their current one stops working, their open sessions end, and they
            choose their own password when they sign in with the new one.
          </p>
          <div className="flex flex-wrap gap-2">
            <SubmitButton variant="danger" pendingLabel="Resetting…" autoFocus>
              Reset password of {user.name}
            </SubmitButton>
            <button
              type="button"
              className={buttonClasses.secondary}
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => resetButton.current?.focus());
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button ref={resetButton} type="button" className={buttonClasses.secondary} onClick={() => setConfirming(true)}>
          Reset password…<span className="sr-only"> of {user.name}</span>
        </button>
      )}
      <FormMessage state={state} />
      {issued ? <OneTimePasswordNotice key={issued.password} kind="New password" {...issued} /> : null}
    </form>
  );
}
