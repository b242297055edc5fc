"use client";

import { useActionState } from "react";
import type { FormAction } from "@/components/admin/types.ts";
import { Field } from "@/components/forms/Field.tsx";
import { FormMessage } from "@/components/forms/FormMessage.tsx";
import { SubmitButton } from "@/components/forms/SubmitButton.tsx";
import { useRound } from "@/components/forms/useRound.ts";
import { IDLE, type ActionState } from "@/lib/action-state.ts";

type Props = {
  action: FormAction<ActionState>;
  minLength: number;
  /** Where to go once the password is changed (after a forced change); stay here without. */
  next?: string;
};

/** Current password, new password twice. The fields start empty after every answer: passwords are never sent back. */
export function ChangePasswordForm({ action, minLength, next }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const round = useRound(state);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="max-w-md space-y-4">
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <div key={round} className="space-y-4">
        <Field type="password" label="Current password" name="currentPassword" autoComplete="current-password" required errors={errors.currentPassword} />
        <Field
          type="password"
          label="New password"
          name="newPassword"
          autoComplete="new-password"
          required
          hint={`At least ${minLength} characters; a few unrelated words make a good one.`}
          errors={errors.newPassword}
        />
        <Field type="password" label="Repeat the new password" name="repeatPassword" autoComplete="new-password" required errors={errors.repeatPassword} />
      </div>
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
    </form>
  );
}
