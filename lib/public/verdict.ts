import type { ClaimStatus } from "@/generated/prisma/enums.ts";
import { isVerdict, STATUS } from "@/lib/status.ts";

/** What a claim's verdict block says (components/VerdictBlock.tsx), and its shared image. */
export interface ClaimVerdict {
  status: ClaimStatus;
  /** A rated verdict (borne out, partly, not), or where an open claim stands. */
  settled: boolean;
  label: string;
  /** schema.org ClaimReview ratingValue, 1–5; only for a verdict. */
  rating: number | null;
  /** The one-paragraph conclusion: the rationale given when the claim reached its status. */
  conclusion: string | null;
  /** When the claim reached its status (its publication, for a claim that never changed status). */
  since: Date;
}

/** The claim's shared image (app/(public)/claims/[id]/verdict-image): the size OpenGraph and X cards expect of a large image. */
export const VERDICT_IMAGE_SIZE = { width: 1200, height: 630 } as const;

type VerdictInput = {
  status: ClaimStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  events: { type: string; at: Date; toStatus: ClaimStatus | null; rationale: string | null }[];
};

export function claimVerdict(claim: VerdictInput): ClaimVerdict {
  const change = claim.events.findLast((event) => event.type === "STATUS_CHANGED" && event.toStatus === claim.status);
  const info = STATUS[claim.status];
  return {
    status: claim.status,
    settled: isVerdict(claim.status),
    label: info.label,
    rating: info.rating ?? null,
    conclusion: change?.rationale ?? null,
    since: change?.at ?? claim.publishedAt ?? claim.updatedAt,
  };
}
