import { exportPool } from "@/lib/reports/export-connection.ts";
import { exportReport } from "@/lib/reports/export-request.ts";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return exportReport(request, exportPool(), "history");
}
