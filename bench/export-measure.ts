import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import type { Prisma } from "@/generated/prisma/client.ts";
import { filterCondition, parseClaimSearch } from "@/lib/public/search.ts";
import { claimsReport, claimsReportQuery } from "@/lib/reports/claims-report.ts";
import { createExportPool } from "@/lib/reports/export-connection.ts";
import { csvStream } from "@/lib/reports/stream.ts";

export interface ExportFigures {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  megabytes: number;
  /** Peak resident memory of this Node.js process while exporting, and before it started. */
  peakRssMb?: number;
  startRssMb?: number;
}

const mb = (bytes: number) => bytes / 1024 / 1024;

/** COPY takes no parameters: the query's values are written in as literals (numbers and text only). */
function inlineSql(query: Prisma.Sql): string {
  return query.text.replace(/\$(\d+)/g, (_, index: string) => {
    const value = query.values[Number(index) - 1];
    if (typeof value === "number") return String(value);
    if (typeof value === "string") return pg.Client.prototype.escapeLiteral(value);
    throw new Error(`cannot inline ${typeof value}`);
  });
}

/** The claims report of every published claim, through the app's streaming export (its cursor on its own pool). */
async function measureApp(url: string, batchSize: number): Promise<ExportFigures> {
  const pool = createExportPool(url);
  const conditions = filterCondition(parseClaimSearch({}).search);
  const report = claimsReport(pool, { conditions, origin: "https://claims.example" });
  let rows = 0;
  const counted: typeof report = {
    ...report,
    open: (size) => {
      const batches = report.open(size);
      return { ...batches, next: async () => {
        const batch = await batches.next();
        rows += batch.length;
        return batch;
      } };
    },
  };
  global.gc?.();
  const startRss = process.memoryUsage().rss;
  let peakRss = startRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);
  const started = performance.now();
  let bytes = 0;
  try {
    const reader = csvStream(counted, { batchSize }).getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.byteLength;
  } finally {
    clearInterval(sampler);
    await pool.end();
  }
  const seconds = (performance.now() - started) / 1000;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return { rows, seconds, rowsPerSecond: rows / seconds, megabytes: mb(bytes), peakRssMb: mb(peakRss), startRssMb: mb(startRss) };
}

/** PostgreSQL's own `COPY (the same query) TO STDOUT WITH CSV`, read by a plain client. */
async function measureCopy(url: string, rows: number): Promise<ExportFigures> {
  const conditions = filterCondition(parseClaimSearch({}).search);
  const sql = inlineSql(claimsReportQuery(conditions, {}));
  const client = new pg.Client(url);
  await client.connect();
  const started = performance.now();
  let bytes = 0;
  try {
    const stream = client.query(copyTo(`COPY (${sql}) TO STDOUT WITH (FORMAT csv, HEADER)`));
    for await (const chunk of stream) bytes += (chunk as Buffer).byteLength;
  } finally {
    await client.end();
  }
  const seconds = (performance.now() - started) / 1000;
  return { rows, seconds, rowsPerSecond: rows / seconds, megabytes: mb(bytes) };
}

/** Both exports of the same rows, in the same run. */
export async function measureExport(url: string, { batchSize = 1000 }: { batchSize?: number } = {}) {
  const app = await measureApp(url, batchSize);
  const copy = await measureCopy(url, app.rows);
  return { app, copy, rateVsCopy: app.rowsPerSecond / copy.rowsPerSecond };
}
