import type { Metadata } from "next";
import { ClaimPage, claimMetadata } from "./claim-page.tsx";

// Cached until a change to the claim drops it (lib/public/page-invalidation.ts); re-rendered in the
// background after five minutes at most, for what changes with the date alone (overdue claims).
export const revalidate = 300;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return claimMetadata((await params).id);
}

export default async function ClaimRoute({ params }: Props) {
  return <ClaimPage rawId={(await params).id} own={false} />;
}
