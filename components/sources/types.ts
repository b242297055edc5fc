import type { ActionState } from "@/lib/action-state.ts";
import type { ReanchorReport } from "@/lib/workbench/sources.ts";

export type SourceFormState = ActionState<{ id?: number; report?: ReanchorReport }>;
