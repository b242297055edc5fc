import type { Metadata } from "next";
import { ImportForm } from "@/components/reports/ImportForm.tsx";
import { EditorPage } from "@/components/workbench/EditorPage.tsx";
import { userForPage } from "@/lib/accounts/page-guard.ts";
import { importClaimsAction } from "./actions.ts";

export const metadata: Metadata = { title: "Import claims" };

export default async function ImportClaimsPage() {
  await userForPage("EDITOR", "/editor/import");
  return (
    <EditorPage title="Import claims from CSV">
      <p className="mb-6 max-w-2xl text-stone-700">
        Check the file first: every row is validated and nothing is saved. Then import it: all rows are written in one go as drafts, or
        none. Importing the same file again changes nothing.
      </p>
      <ImportForm action={importClaimsAction} />
    </EditorPage>
  );
}
