"use client";

import { useActionState } from "react";
import { markNotificationsReadAction } from "@/app/editor/notifications/actions.ts";
import { FormMessage } from "@/components/forms/FormMessage.tsx";
import { SubmitButton } from "@/components/forms/SubmitButton.tsx";
import { IDLE } from "@/lib/action-state.ts";

/** "Mark as read" for one notification (`id`), or for all of them. */
export function MarkReadForm({ id, label }: { id?: number; label: string }) {
  const [state, formAction] = useActionState(markNotificationsReadAction, IDLE);
  return (
    <form action={formAction} className="flex items-center gap-2">
      {id === undefined ? <input type="hidden" name="all" value="1" /> : <input type="hidden" name="id" value={id} />}
      <SubmitButton variant="secondary" pendingLabel="Marking…">
        {label}
      </SubmitButton>
      {state.status === "error" ? <FormMessage state={state} /> : null}
    </form>
  );
}
