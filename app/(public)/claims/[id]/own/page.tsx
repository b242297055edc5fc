import type { Metadata } from "next";
import { ClaimPage, claimMetadata } from "../claim-page.tsx";

// A duplicate's own page: /claims/{id}?stay=1, rewritten here by the proxy. Cached like the claim's page.
export const revalidate = 300;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return claimMetadata((await params).id);
}

export default async function DuplicateOwnRoute({ params }: Props) {
  return <ClaimPage rawId={(await params).id} own />;
}
