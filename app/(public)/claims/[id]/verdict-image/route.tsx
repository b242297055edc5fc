import { ImageResponse } from "next/og";
import { answeringErrors } from "@/lib/internal-errors.ts";
import { parseId } from "@/lib/params.ts";
import { getPublishedClaim } from "@/lib/public/published-claims.ts";
import { claimVerdict, VERDICT_IMAGE_SIZE } from "@/lib/public/verdict.ts";
import { STATUS, type StatusInfo } from "@/lib/status.ts";

// Cached like the claim's page and dropped with it (lib/public/page-invalidation.ts claimPaths).
export const revalidate = 300;
export const generateStaticParams = () => [];

const TONE: Record<StatusInfo["tone"], { background: string; color: string }> = {
  neutral: { background: "#e7e5e4", color: "#1c1917" },
  progress: { background: "#dbeafe", color: "#1e3a8a" },
  warning: { background: "#fef3c7", color: "#78350f" },
  good: { background: "#d1fae5", color: "#064e3b" },
  bad: { background: "#ffe4e6", color: "#881337" },
};

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/**
 * GET /claims/{id}/verdict-image: the picture a shared link shows (the page's og:image), with the
 * headline and the verdict; 404 for a draft, a withdrawn claim or no claim.
 */
export const GET = answeringErrors("GET /claims/{id}/verdict-image", async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = parseId((await params).id);
  const claim = id === null ? null : await getPublishedClaim(id);
  if (!claim || claim.withdrawnAt || !claim.headline) return new Response("Claim not found", { status: 404 });
  const verdict = claimVerdict(claim);
  const tone = TONE[STATUS[verdict.status].tone];
  return new ImageResponse(
    (
      <div style={{ display: "flex", flexDirection: "column", width: "100%", height: "100%", padding: 64, background: "#fafaf9", color: "#1c1917" }}>
        <div style={{ display: "flex", fontSize: 28, color: "#57534e" }}>Claim Ledger · fact-check</div>
        <div style={{ display: "flex", flexGrow: 1, alignItems: "center", fontSize: claim.headline.length > 90 ? 52 : 64, fontWeight: 700, lineHeight: 1.15 }}>
          {claim.headline}
        </div>
        <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between" }}>
          <div style={{ display: "flex", padding: "16px 32px", borderRadius: 16, fontSize: 44, fontWeight: 700, ...tone }}>
            {verdict.settled ? `Verdict: ${verdict.label}` : verdict.label}
          </div>
          <div style={{ display: "flex", flexDirection: "column", alignItems: "flex-end", fontSize: 26, color: "#44403c" }}>
            <div style={{ display: "flex" }}>{claim.claimant.name}</div>
            <div style={{ display: "flex" }}>{day.format(verdict.since)}</div>
          </div>
        </div>
      </div>
    ),
    VERDICT_IMAGE_SIZE,
  );
});
