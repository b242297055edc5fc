"use server";

import { z } from "zod";
import { serverAction, type ServerAction } from "@/lib/actions.ts";
import { db } from "@/lib/platform/db.ts";
import { applyImport, planImport } from "@/lib/reports/claims-import.ts";
import type { ImportState } from "@/components/reports/import-types.ts";

const CHOOSE_FILE = "Choose a CSV file first.";

const importFormSchema = z.object({
  file: z.instanceof(File, { error: CHOOSE_FILE }).refine((file) => file.size > 0, CHOOSE_FILE),
  intent: z.enum(["preview", "apply"]).catch("preview"),
});

/**
 * One action, two steps: `intent=preview` is the dry run (nothing written), `intent=apply` imports
 * the same file (the browser keeps it selected) in one transaction. The file is read only once
 * the guard let the caller through.
 */
export const importClaimsAction: ServerAction<ImportState> = serverAction({
  role: "EDITOR",
  fields: [],
  read: (formData) => ({ file: formData.get("file"), intent: formData.get("intent") }),
  schema: importFormSchema,
  run: async ({ file, intent }, actor) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (intent === "apply") return { intent, ...(await applyImport(db, actor, bytes)) };
    return { intent, plan: await planImport(db, actor, bytes) };
  },
  revalidate: (result) => (result.intent === "apply" ? ["/editor"] : []),
  state: (result, { file }) => {
    if (result.intent === "apply") {
      const { created, skipped } = result;
      return { status: "success", message: `Imported ${created} claim${created === 1 ? "" : "s"} as drafts; ${skipped} already in the ledger.`, data: { imported: true } };
    }
    const { plan } = result;
    // The preview lists every row of a good file, or only the rows to fix; at most 200 either way.
    const shown = (plan.valid ? plan.rows : plan.rows.filter((row) => Object.keys(row.errors).length > 0)).slice(0, 200);
    return {
      status: plan.valid ? "success" : "error",
      message: plan.valid
        ? `${plan.toCreate} new claim${plan.toCreate === 1 ? "" : "s"} to import, ${plan.alreadyImported} already in the ledger${
            plan.differing > 0 ? ` (${plan.differing} of them differ from it; an import never changes a claim)` : ""
          }. Nothing is saved until you confirm.`
        : "Some rows have errors; fix them in the file and check it again. Nothing was saved.",
      data: { plan: { ...plan, rows: shown }, fileName: file.name },
    };
  },
});
