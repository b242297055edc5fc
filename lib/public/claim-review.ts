import type { PublicAppearance } from "@/lib/public/claim-appearances.ts";
import type { ClaimCorrection } from "@/lib/public/corrections.ts";
import type { PublishedClaim } from "@/lib/public/published-claims.ts";
import { STATUS } from "@/lib/status.ts";
import { claimVerdict } from "@/lib/public/verdict.ts";

export const PUBLISHER_NAME = "Claim Ledger";

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * schema.org ClaimReview for a published claim with a verdict (design §3); null when the
 * claim's status is not a verdict, or the claim was withdrawn (we no longer stand by the review).
 * `claimUrl` is the absolute permalink, `siteUrl` the site root. Its corrections (newest first) are
 * schema.org `correction`s, each a `CorrectionComment`. The claim's `appearance` is its source, and
 * with other appearances (ClaimAppearance) an array of every source it was said in, oldest first.
 */
export function claimReviewJsonLd(
  claim: PublishedClaim,
  claimUrl: string,
  siteUrl: string,
  corrections: readonly ClaimCorrection[] = [],
  appearances: readonly Pick<PublicAppearance, "source">[] = [],
) {
  const rating = STATUS[claim.status].rating;
  if (rating === undefined || claim.withdrawnAt !== null) return null;
  const { claimant, source } = claim;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: claimUrl,
    headline: claim.headline,
    claimReviewed: claim.quote,
    datePublished: isoDate(claimVerdict(claim).since),
    author: { "@type": "Organization", name: PUBLISHER_NAME, url: siteUrl },
    reviewRating: {
      "@type": "Rating",
      ratingValue: rating,
      bestRating: 5,
      worstRating: 1,
      alternateName: STATUS[claim.status].label,
    },
    itemReviewed: {
      "@type": "Claim",
      author: {
        "@type": claimant.kind === "ORGANISATION" ? "Organization" : "Person",
        name: claimant.name,
        ...(claimant.kind === "PERSON" && claimant.title ? { jobTitle: claimant.title } : {}),
      },
      datePublished: isoDate(claim.statedAt),
      ...appearanceProperty([...(source ? [source] : []), ...appearances.map((appearance) => appearance.source)]),
    },
    ...(corrections.length > 0
      ? { correction: corrections.map((correction) => ({ "@type": "CorrectionComment", text: correction.note, datePublished: isoDate(correction.at) })) }
      : {}),
  };
}

type AppearanceSource = { url: string | null; title: string; publisher: string | null; publishedAt: Date | null };

/** schema.org `appearance`: one CreativeWork per source with an address, an array when there are several. */
function appearanceProperty(sources: AppearanceSource[]) {
  const works = sources
    .filter((source): source is AppearanceSource & { url: string } => source.url !== null)
    .map((source) => ({
      "@type": "CreativeWork",
      url: source.url,
      headline: source.title,
      ...(source.publisher ? { publisher: { "@type": "Organization", name: source.publisher } } : {}),
      ...(source.publishedAt ? { datePublished: isoDate(source.publishedAt) } : {}),
    }));
  if (works.length === 0) return {};
  return { appearance: works.length === 1 ? works[0] : works };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so the text can never close the tag. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
