import Link from "next/link";
import { FormMessage } from "@/components/forms/FormMessage.tsx";
import type { WorkbenchFormState } from "@/lib/workbench/action-results.ts";

/** The form's message, and after a success the sensible next step. */
export function FormResult({ state }: { state: WorkbenchFormState }) {
  const next = state.status === "success" ? state.data?.next : undefined;
  return (
    <div className="space-y-2" aria-live="polite">
      <FormMessage state={state} />
      {next ? (
        <p className="text-sm">
          <Link href={next.href} className="font-medium text-stone-900 underline underline-offset-2 hover:text-stone-700">
            {next.label} →
          </Link>
        </p>
      ) : null}
      {state.status === "error" && state.data?.conflict ? (
        <p className="text-sm text-stone-800">
          Someone else saved this claim after you opened the page; nothing of yours was saved.{" "}
          <a href={`/editor/claims/${state.data.conflict.id}`} className="font-medium underline underline-offset-2">
            Reload the claim
          </a>{" "}
          to see its current state.
        </p>
      ) : null}
    </div>
  );
}
