import { db } from "@/lib/platform/db.ts";
import { checkHealth } from "@/lib/platform/health.ts";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth(db);
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
