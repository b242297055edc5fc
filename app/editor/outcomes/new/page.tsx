import type { Metadata } from "next";
import Link from "next/link";
import { EditorPage } from "@/components/workbench/EditorPage.tsx";
import { OutcomeForm } from "@/components/workbench/OutcomeForm.tsx";
import { db } from "@/lib/platform/db.ts";
import { userForPage } from "@/lib/accounts/page-guard.ts";
import { parseId } from "@/lib/params.ts";
import { outcomeFormPrefill } from "@/lib/workbench/outcome-candidates.ts";
import { formOptions } from "@/lib/workbench/queries.ts";

export const metadata: Metadata = { title: "New outcome · Workbench" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewOutcomePage({ searchParams }: Props) {
  await userForPage("EDITOR", "/editor/outcomes/new");
  const params = await searchParams;
  const { claim } = params;
  const forClaim = typeof claim === "string" ? (parseId(claim) ?? undefined) : undefined;
  const { sources } = await formOptions(db);
  return (
    <EditorPage title="New outcome">
      {forClaim ? (
        <p className="mb-4 text-sm text-stone-700">
          For <Link href={`/editor/claims/${forClaim}#outcomes`} className="underline underline-offset-2">claim #{forClaim}</Link>: once created, link it from the claim&apos;s page.
        </p>
      ) : null}
      <OutcomeForm mode="create" forClaim={forClaim} sources={sources} initial={outcomeFormPrefill(params, sources)} />
    </EditorPage>
  );
}
