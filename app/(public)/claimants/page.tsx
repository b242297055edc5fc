import type { Metadata } from "next";
import { isBuildPhase } from "@/lib/platform/build-phase.ts";
import { ClaimantsList } from "./claimants-list.tsx";

// Cached for every reader until a change drops it: lib/public/cached-pages.ts.
export const revalidate = 300;
export const metadata: Metadata = { title: "Claimants" };

export default async function ClaimantsPage() {
  return isBuildPhase() ? null : <ClaimantsList page={1} />;
}
