"use server";

import { serverAction, type ServerAction } from "@/lib/actions.ts";
import { db } from "@/lib/platform/db.ts";
import { methodologySchema, saveMethodology } from "@/lib/public/methodology.ts";
import type { MethodologyFormState } from "@/components/admin/MethodologyForm.tsx";

// serverAction (lib/actions.ts): the admin guard first, then zod, then lib/public/methodology.ts,
// which drops the cached public page itself (inside its transaction, for every app process).
export const saveMethodologyAction: ServerAction<MethodologyFormState> = serverAction({
  role: "ADMIN",
  fields: ["markdown", "updatedAt"],
  schema: methodologySchema,
  run: (input, actor) => saveMethodology(db, actor, input),
  revalidate: ["/admin/methodology"],
  state: (saved) => ({ status: "success", message: "Saved: readers see the new text now.", data: { updatedAt: saved.updatedAt!.toISOString() } }),
});
