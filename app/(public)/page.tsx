import { ClaimIndex } from "@/components/ClaimIndex.tsx";
import { isBuildPhase } from "@/lib/platform/build-phase.ts";

// Without a search: cached until a public change to any claim (lib/public/page-invalidation.ts).
// With one (`/?q=…`), the proxy sends the request to /search, rendered for it.
export const revalidate = 300;

export default function ClaimIndexPage() {
  return isBuildPhase() ? null : <ClaimIndex params={{}} />;
}
