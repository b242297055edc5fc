import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { claimantPath } from "@/lib/public/page-invalidation.ts";
import { parsePageNumber } from "@/lib/public/list-pages.ts";
import { ClaimantPage, claimantMetadata } from "../../claimant-page.tsx";

// Cached for every reader until a change drops it: lib/public/cached-pages.ts.
export const revalidate = 300;
export const generateStaticParams = () => [];

interface Props {
  params: Promise<{ slug: string; page: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const number = parsePageNumber(page);
  return number === null ? { title: "Page not found" } : claimantMetadata(slug, number);
}

export default async function ClaimantPageRoute({ params }: Props) {
  const { slug, page } = await params;
  const number = parsePageNumber(page);
  if (number === 1) permanentRedirect(claimantPath(slug));
  if (number === null) notFound();
  return <ClaimantPage slug={slug} page={number} />;
}
