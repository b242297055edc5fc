import type { Metadata } from "next";
import { ClaimantPage, claimantMetadata } from "./claimant-page.tsx";

// Cached for every reader until a change drops it: lib/public/cached-pages.ts.
export const revalidate = 300;
export const generateStaticParams = () => [];

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return claimantMetadata((await params).slug, 1);
}

export default async function ClaimantRoute({ params }: Props) {
  return <ClaimantPage slug={(await params).slug} page={1} />;
}
