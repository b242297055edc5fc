import type { ActionState } from "@/lib/action-state.ts";
import type { ReanchorReport } from "@/lib/workbench/sources.ts";
import type { SuggestionRef } from "@/lib/workbench/suggestions.ts";

export type SourceFormState = ActionState<{ id?: number; report?: ReanchorReport }>;

/** After a dismissal, what the Undo button restores. */
export type SuggestionActionState = ActionState<{ dismissed?: SuggestionRef }>;
