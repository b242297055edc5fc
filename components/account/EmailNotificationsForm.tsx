"use client";

import { useActionState } from "react";
import { setEmailNotificationsAction } from "@/app/account/actions.ts";
import { FormMessage } from "@/components/forms/FormMessage.tsx";
import { SubmitButton } from "@/components/forms/SubmitButton.tsx";
import { IDLE } from "@/lib/action-state.ts";

/** The editor's choice of e-mail for their notifications. */
export function EmailNotificationsForm({ email, on }: { email: string; on: boolean }) {
  const [state, formAction] = useActionState(setEmailNotificationsAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="emailNotifications" defaultChecked={on} className="mt-0.5 size-4" />
        <span>
          E-mail me my notifications as well, to <span className="break-all">{email}</span>
        </span>
      </label>
      <SubmitButton variant="secondary" pendingLabel="Saving…">
        Save
      </SubmitButton>
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
