import type { Metadata } from "next";
import { SourceForm } from "@/components/sources/SourceForm.tsx";
import { EditorPage } from "@/components/workbench/EditorPage.tsx";
import { userForPage } from "@/lib/accounts/page-guard.ts";
import { createSourceAction } from "../actions.ts";

export const metadata: Metadata = { title: "Add a source" };

export default async function NewSourcePage() {
  await userForPage("EDITOR", "/editor/sources/new");
  return (
    <EditorPage title="Add a source">
      <SourceForm action={createSourceAction} />
    </EditorPage>
  );
}
