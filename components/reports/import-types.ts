import type { ActionState } from "@/lib/action-state.ts";
import type { ImportPlan } from "@/lib/reports/claims-import.ts";

export type ImportState = ActionState<{ plan?: ImportPlan; fileName?: string; imported?: boolean }>;
