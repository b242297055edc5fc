import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { parsePageNumber } from "@/lib/public/list-pages.ts";
import { CorrectionsList } from "../../corrections-list.tsx";

// Cached for every reader until a change drops it: lib/public/cached-pages.ts.
export const revalidate = 300;
export const generateStaticParams = () => [];

interface Props {
  params: Promise<{ page: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Corrections, page ${(await params).page}` };
}

export default async function CorrectionsPage({ params }: Props) {
  const page = parsePageNumber((await params).page);
  if (page === 1) permanentRedirect("/corrections");
  const list = page === null ? null : await CorrectionsList({ page });
  if (!list) notFound();
  return list;
}
