import { checkDatabase } from "@/lib/platform/health.ts";

export const dynamic = "force-dynamic";

/**
 * GET /api/health: {"status":"ok","db":"up","latencyMs":3}; "degraded" (still 200) when the
 * database took over 500 ms to connect and answer; 503 {"status":"error","db":"down"} when it
 * refused or did not answer within 2 s. Checked over a connection of its own, so a busy
 * application pool does not read as "down" (lib/platform/health.ts).
 */
export async function GET() {
  const health = await checkDatabase();
  return Response.json(health, {
    status: health.status === "error" ? 503 : 200,
    headers: { "Cache-Control": "no-store" },
  });
}
