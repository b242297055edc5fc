"use server";

import { revalidatePath } from "next/cache";
import { fromError } from "@/lib/action-state.ts";
import { requireRole } from "@/lib/accounts/auth.ts";
import { db } from "@/lib/platform/db.ts";
import { applyImport, planImport } from "@/lib/reports/claims-import.ts";
import type { ImportState } from "@/components/reports/import-types.ts";

/**
 * One action, two steps: `intent=preview` is the dry run (nothing written), `intent=apply` imports
 * the same file (the browser keeps it selected) in one transaction.
 */
export async function importClaimsAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  try {
    const actor = await requireRole("EDITOR");
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) {
      return { status: "error", message: "Choose a CSV file first.", fieldErrors: { file: ["Choose a CSV file first."] } };
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (formData.get("intent") === "apply") {
      const { created, skipped } = await applyImport(db, actor, bytes);
      revalidatePath("/editor");
      return { status: "success", message: `Imported ${created} claim${created === 1 ? "" : "s"} as drafts; ${skipped} already imported.`, data: { imported: true } };
    }
    const plan = await planImport(db, bytes);
    // The preview lists every row of a good file, or only the rows to fix; at most 200 either way.
    const shown = (plan.valid ? plan.rows : plan.rows.filter((row) => Object.keys(row.errors).length > 0)).slice(0, 200);
    return {
      status: plan.valid ? "success" : "error",
      message: plan.valid
        ? `${plan.toCreate} new claim${plan.toCreate === 1 ? "" : "s"} to import, ${plan.alreadyImported} already imported. Nothing is saved until you confirm.`
        : "Some rows have errors; fix them in the file and check it again. Nothing was saved.",
      data: { plan: { ...plan, rows: shown }, fileName: file.name },
    };
  } catch (error) {
    return fromError(error);
  }
}
