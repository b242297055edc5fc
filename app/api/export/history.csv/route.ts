import { exportPool } from "@/lib/reports/export-connection.ts";
import { exportReport } from "@/lib/reports/export-request.ts";
import { answeringErrors } from "@/lib/internal-errors.ts";

export const dynamic = "force-dynamic";

export const GET = answeringErrors("GET /api/export/history.csv", async (request: Request) => {
  return exportReport(request, exportPool(), "history");
});
