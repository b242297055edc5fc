import type { Metadata } from "next";
import { isBuildPhase } from "@/lib/platform/build-phase.ts";
import { SourcesList } from "./sources-list.tsx";

// Cached for every reader until a change drops it: lib/public/cached-pages.ts.
export const revalidate = 300;
export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage() {
  return isBuildPhase() ? null : <SourcesList page={1} />;
}
