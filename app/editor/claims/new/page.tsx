import type { Metadata } from "next";
import { ClaimForm } from "@/components/workbench/ClaimForm.tsx";
import { EditorPage } from "@/components/workbench/EditorPage.tsx";
import { db } from "@/lib/platform/db.ts";
import { userForPage } from "@/lib/accounts/page-guard.ts";
import { formOptions } from "@/lib/workbench/queries.ts";
import { claimFormPrefill, withSelectionDefaults } from "@/lib/workbench/suggestions.ts";

export const metadata: Metadata = { title: "New claim · Workbench" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewClaimPage({ searchParams }: Props) {
  await userForPage("EDITOR", "/editor/claims/new");
  // "New claim from selection" and "Create claim" on a source's page fill the form through the address.
  const [{ claimants, sources }, params] = await Promise.all([formOptions(db), searchParams.then((params) => withSelectionDefaults(db, params))]);
  return (
    <EditorPage title="New claim">
      <ClaimForm mode="create" claimants={claimants} sources={sources} initial={claimFormPrefill(params, { claimants, sources })} />
    </EditorPage>
  );
}
