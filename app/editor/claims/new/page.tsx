import type { Metadata } from "next";
import { ClaimForm } from "@/components/workbench/ClaimForm.tsx";
import { EditorPage, EditorRoleRequired } from "@/components/workbench/EditorPage.tsx";
import { db } from "@/lib/db.ts";
import { userForPage } from "@/lib/page-guard.ts";
import { parseId } from "@/lib/params.ts";
import { formOptions } from "@/lib/workbench/queries.ts";

export const metadata: Metadata = { title: "New claim · Workbench" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewClaimPage({ searchParams }: Props) {
  if (!(await userForPage("EDITOR", "/editor/claims/new"))) return <EditorRoleRequired />;
  // "New claim from selection" on a source's page sends the exact words and which occurrence they are.
  const { source, quote, occurrence } = await searchParams;
  const { claimants, sources } = await formOptions(db);
  const sourceId = typeof source === "string" ? parseId(source) : null;
  const known = sourceId !== null && sources.some((s) => s.id === sourceId);
  return (
    <EditorPage title="New claim">
      <ClaimForm
        mode="create"
        claimants={claimants}
        sources={sources}
        initial={{
          sourceId: known ? String(sourceId) : "",
          quote: known && typeof quote === "string" ? quote.slice(0, 2000) : "",
          quoteOccurrence: known && typeof occurrence === "string" && /^\d{1,5}$/.test(occurrence) ? occurrence : "",
          kind: "PROMISE",
          visibility: "DRAFT",
        }}
      />
    </EditorPage>
  );
}
