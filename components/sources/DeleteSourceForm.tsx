"use client";

import { ConfirmDeleteForm } from "@/components/workbench/ConfirmDeleteForm.tsx";
import type { SourceFormState } from "@/components/sources/types.ts";

export function DeleteSourceForm({
  id,
  action,
}: {
  id: number;
  action: (state: SourceFormState, formData: FormData) => Promise<SourceFormState>;
}) {
  return (
    <ConfirmDeleteForm action={action} hidden={{ id }} summary="Delete this source…" confirmLabel={`Delete source #${id}`}>
      <p>Only a source that no claim or outcome uses (no quote anchored in it, nothing citing it) can be deleted.</p>
      <p>An audit record keeps the source and its text as they are now, with your name and the time.</p>
    </ConfirmDeleteForm>
  );
}
