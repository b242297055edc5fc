import type { Metadata } from "next";
import { isBuildPhase } from "@/lib/platform/build-phase.ts";
import { CorrectionsList } from "./corrections-list.tsx";

// Cached for every reader until a change drops it: lib/public/cached-pages.ts.
export const revalidate = 300;
export const metadata: Metadata = {
  title: "Corrections",
  alternates: { types: { "application/atom+xml": [{ url: "/feed/corrections.xml", title: "Claim Ledger: corrections" }] } },
};

export default async function CorrectionsPage() {
  return isBuildPhase() ? null : <CorrectionsList page={1} />;
}
