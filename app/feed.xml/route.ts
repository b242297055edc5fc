import { headers } from "next/headers";
import { atomFeed, listPublishedStatusChanges } from "@/lib/public/feed.ts";
import { siteOrigin } from "@/lib/site.ts";
import { answeringErrors } from "@/lib/internal-errors.ts";

export const dynamic = "force-dynamic";

export const GET = answeringErrors("GET /feed.xml", async () => {
  const xml = atomFeed(siteOrigin(await headers()), await listPublishedStatusChanges());
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
});
