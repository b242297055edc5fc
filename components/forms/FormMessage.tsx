import type { ActionState } from "@/lib/action-state.ts";

/** The form-level outcome of an action: announced politely on success, at once on error. */
export function FormMessage({ state }: { state: Pick<ActionState<unknown>, "status" | "message"> }) {
  if (!state.message || state.status === "idle") return null;
  if (state.status === "error") {
    return (
      <p role="alert" className="rounded-md border border-rose-300 bg-rose-50 px-3 py-2 text-sm font-medium text-rose-900">
        {state.message}
      </p>
    );
  }
  return (
    <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900">
      {state.message}
    </p>
  );
}
