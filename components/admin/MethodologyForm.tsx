"use client";

import { useActionState } from "react";
import type { FormAction } from "@/components/admin/types.ts";
import { Field } from "@/components/forms/Field.tsx";
import { FormMessage } from "@/components/forms/FormMessage.tsx";
import { SubmitButton } from "@/components/forms/SubmitButton.tsx";
import { useRound } from "@/components/forms/useRound.ts";
import { IDLE, type ActionState } from "@/lib/action-state.ts";

export type MethodologyFormState = ActionState<{ updatedAt: string }>;

/** The methodology's Markdown; `updatedAt` is the version opened ("" while readers see the default text). */
export function MethodologyForm({ action, markdown, updatedAt, limit }: { action: FormAction<MethodologyFormState>; markdown: string; updatedAt: string; limit: number }) {
  const [state, formAction] = useActionState(action, IDLE as MethodologyFormState);
  const round = useRound(state);
  const values = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="updatedAt" value={state.status === "success" && state.data ? state.data.updatedAt : updatedAt} />
      <div key={round}>
        <Field
          type="textarea"
          label="Methodology text (Markdown)"
          name="markdown"
          required
          rows={24}
          maxChars={limit}
          hint="## for a section heading, *emphasis*, [a link](/corrections), - for a list. HTML is not shown. Keep a section called “Corrections policy”: claim pages link to it."
          defaultValue={values.markdown ?? markdown}
          errors={state.fieldErrors?.markdown}
        />
      </div>
      <SubmitButton pendingLabel="Saving…">Save methodology</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
