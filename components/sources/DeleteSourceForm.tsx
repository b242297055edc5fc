"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/FormMessage.tsx";
import { SubmitButton } from "@/components/forms/SubmitButton.tsx";
import { IDLE } from "@/lib/action-state.ts";
import type { SourceFormState } from "@/components/sources/types.ts";

export function DeleteSourceForm({
  id,
  action,
}: {
  id: number;
  action: (state: SourceFormState, formData: FormData) => Promise<SourceFormState>;
}) {
  const [state, formAction] = useActionState(action, IDLE as SourceFormState);
  if (state.status === "success") {
    return (
      <div className="space-y-2">
        <FormMessage state={state} />
        <Link href="/editor/sources" className="text-sm font-medium underline underline-offset-2">
          Back to the sources →
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <FormMessage state={state} />
      <p className="text-sm text-stone-700">Only a source that no claim or outcome uses can be deleted.</p>
      <SubmitButton variant="danger" pendingLabel="Deleting…">
        Delete this source
      </SubmitButton>
    </form>
  );
}
