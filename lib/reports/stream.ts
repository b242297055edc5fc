import { csvLines, UTF8_BOM, type Cell } from "@/lib/reports/csv.ts";

export interface CsvSource<Row extends { id: number }> {
  header: string[];
  /** Up to `limit` rows with an id greater than `afterId`, in id order. */
  fetchBatch(afterId: number, limit: number): Promise<Row[]>;
  toCells(row: Row): Cell[];
}

/**
 * A CSV body that pulls one batch from the database each time the client is ready for more:
 * memory stays at one batch whatever the size, and when the client goes away the stream is
 * cancelled and no further query runs.
 */
export function csvStream<Row extends { id: number }>(
  source: CsvSource<Row>,
  { bom = false, batchSize = 1000, signal }: { bom?: boolean; batchSize?: number; signal?: AbortSignal } = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let afterId = 0;
  let cancelled = false;
  signal?.addEventListener("abort", () => (cancelled = true), { once: true });
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode((bom ? UTF8_BOM : "") + csvLines([source.header])));
      },
      async pull(controller) {
        if (cancelled) return controller.close();
        const rows = await source.fetchBatch(afterId, batchSize);
        if (cancelled) return;
        if (rows.length > 0) {
          afterId = rows[rows.length - 1]!.id;
          controller.enqueue(encoder.encode(csvLines(rows.map(source.toCells))));
        }
        if (rows.length < batchSize) controller.close();
      },
      cancel() {
        cancelled = true;
      },
    },
    // One batch of bytes queued ahead at most: the database is read as fast as the client reads.
    { highWaterMark: 1 },
  );
}

/** Response headers of a CSV download named `<name>-<YYYY-MM-DD>.csv`. */
export function csvHeaders(name: string, now = new Date()): HeadersInit {
  return {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${name}-${now.toISOString().slice(0, 10)}.csv"`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
}
