import type { Metadata } from "next";
import Link from "next/link";
import { saveMethodologyAction } from "@/app/admin/methodology/actions.ts";
import { MethodologyForm } from "@/components/admin/MethodologyForm.tsx";
import { userForPage } from "@/lib/accounts/page-guard.ts";
import { db } from "@/lib/platform/db.ts";
import { getMethodology, METHODOLOGY_LIMIT } from "@/lib/public/methodology.ts";

export const metadata: Metadata = { title: "Methodology · Admin" };

export default async function AdminMethodologyPage() {
  await userForPage("ADMIN", "/admin/methodology");
  const { markdown, updatedAt } = await getMethodology(db);
  return (
    <section aria-labelledby="methodology-heading" className="space-y-4">
      <h1 id="methodology-heading" className="text-2xl font-semibold">Methodology</h1>
      <p className="max-w-3xl text-sm text-stone-700">
        How claims are chosen, how verdicts are reached and the corrections policy, as readers see them on{" "}
        <Link href="/methodology" className="underline">the methodology page</Link>, which every claim page links to. The page lists the statuses
        and what they mean above this text.{updatedAt ? null : " Readers see this default text until you save."}
      </p>
      <MethodologyForm action={saveMethodologyAction} markdown={markdown} updatedAt={updatedAt?.toISOString() ?? ""} limit={METHODOLOGY_LIMIT} />
    </section>
  );
}
