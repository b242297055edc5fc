"use client";

import { useActionState, type ReactNode } from "react";
import { Field } from "@/components/forms/Field.tsx";
import { FormMessage } from "@/components/forms/FormMessage.tsx";
import { SubmitButton } from "@/components/forms/SubmitButton.tsx";
import { buttonClasses } from "@/components/forms/styles.ts";
import { useRound } from "@/components/forms/useRound.ts";
import { IDLE, type ActionState } from "@/lib/action-state.ts";

/**
 * Deleting for good takes two steps: the disclosure (a native <details>, so it works from the
 * keyboard and before any script) says what will go, then the button inside deletes. A refusal
 * (the row is used, or published) keeps it open with the reason.
 */
export function ConfirmDeleteForm<Data>({
  action,
  hidden,
  summary,
  children,
  confirmLabel,
}: {
  action: (state: ActionState<Data>, formData: FormData) => Promise<ActionState<Data>>;
  hidden: Record<string, string | number>;
  /** What opens the confirmation, e.g. "Delete this draft…". */
  summary: string;
  /** What deleting removes, and what the audit record keeps. */
  children: ReactNode;
  confirmLabel: string;
}) {
  const [state, formAction] = useActionState<ActionState<Data>, FormData>(action, IDLE);
  const round = useRound(state);
  const failed = state.status === "error";
  return (
    <details open={failed}>
      <summary className={`${buttonClasses.secondary} inline-block cursor-pointer`}>{summary}</summary>
      <form action={formAction} className="mt-3 space-y-3 rounded-md border border-rose-200 bg-rose-50 p-4" noValidate>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="space-y-2 text-sm text-stone-800">{children}</div>
        <div key={round}>
          <Field
            type="textarea"
            label="Why"
            name="reason"
            optional
            rows={2}
            maxChars={500}
            hint="Kept in the audit record with your name and the time; never shown to readers."
            defaultValue={failed ? (state.values?.reason ?? "") : ""}
            errors={state.fieldErrors?.reason}
          />
        </div>
        <FormMessage state={state} />
        <SubmitButton variant="danger" pendingLabel="Deleting…">
          {confirmLabel}
        </SubmitButton>
      </form>
    </details>
  );
}
