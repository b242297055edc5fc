import { headers } from "next/headers";
import { listPublishedOverdueClaims, overdueAtomFeed } from "@/lib/public/feed.ts";
import { siteOrigin } from "@/lib/site.ts";
import { answeringErrors } from "@/lib/internal-errors.ts";

export const dynamic = "force-dynamic";

export const GET = answeringErrors("GET /feed/overdue.xml", async () => {
  const xml = overdueAtomFeed(siteOrigin(await headers()), await listPublishedOverdueClaims());
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
});
