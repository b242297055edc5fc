"use server";

import type { ActionState } from "@/lib/action-state.ts";
import { serverAction, type ServerAction } from "@/lib/actions.ts";
import { db } from "@/lib/platform/db.ts";
import { dismissDuplicatePair, dismissPairSchema, restoreDuplicatePair } from "@/lib/workbench/duplicate-pairs.ts";

// No revalidation: the pair stays on screen with its confirmation and an Undo button; the next
// load of the page leaves dismissed pairs out.

const PAIR_FIELDS = ["claimId", "otherClaimId"];

export const dismissDuplicatePairAction: ServerAction<ActionState> = serverAction({
  role: "EDITOR",
  fields: PAIR_FIELDS,
  schema: dismissPairSchema,
  run: (pair, actor) => dismissDuplicatePair(db, actor, pair),
  state: (_result, { claimId, otherClaimId }) => ({
    status: "success",
    message: `Claims #${claimId} and #${otherClaimId} will not be proposed as duplicates again.`,
  }),
});

export const restoreDuplicatePairAction: ServerAction<ActionState> = serverAction({
  role: "EDITOR",
  fields: PAIR_FIELDS,
  schema: dismissPairSchema,
  run: (pair, actor) => restoreDuplicatePair(db, actor, pair),
  state: () => ({ status: "success", message: "Dismissal undone: the pair can be proposed again." }),
});
