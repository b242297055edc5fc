import { csvLines, UTF8_BOM, type Cell } from "@/lib/reports/csv.ts";

/** A reading of a report's rows, batch by batch (lib/reports/cursor.ts reads them from the database). */
export interface RowBatches<Row> {
  /** The next rows, in order: the batch size of them, fewer in the last batch, none once there are no more. */
  next(): Promise<Row[]>;
  /** Stops reading early: stops the database work and gives the connection back. Safe to call twice. */
  close(): Promise<void>;
}

export interface CsvSource<Row> {
  header: string[];
  /** Starts reading the rows, `batchSize` at a time. */
  open(batchSize: number): RowBatches<Row>;
  toCells(row: Row): Cell[];
}

/** Rows formatted between two turns of the event loop. */
const SLICE = 100;

/**
 * A CSV body that takes one batch of rows each time the client is ready for more: memory stays at
 * a couple of batches whatever the size, and when the client goes away (the stream is cancelled,
 * or `signal` aborts) the reading is closed and the database stops.
 */
export function csvStream<Row>(
  source: CsvSource<Row>,
  { bom = false, batchSize = 1000, signal }: { bom?: boolean; batchSize?: number; signal?: AbortSignal } = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let batches: RowBatches<Row> | undefined;
  let stopped = false;
  const stop = () => {
    stopped = true;
    return batches?.close();
  };
  const end = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    try {
      controller.close();
    } catch {
      // Already closed: the stream was cancelled.
    }
  };
  signal?.addEventListener("abort", () => void stop()?.catch(() => {}), { once: true });
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode((bom ? UTF8_BOM : "") + csvLines([source.header])));
      },
      async pull(controller) {
        if (stopped) return end(controller);
        batches ??= source.open(batchSize);
        const rows = await batches.next();
        if (stopped) return end(controller);
        for (let start = 0; start < rows.length; start += SLICE) {
          // Between slices, the event loop reads what the database sent meanwhile: formatting a
          // whole batch in one go would leave its socket unread and the server waiting.
          if (start > 0) await new Promise((resolve) => setImmediate(resolve));
          if (stopped) return end(controller);
          controller.enqueue(encoder.encode(csvLines(rows.slice(start, start + SLICE).map(source.toCells))));
        }
        // A short batch is the last one.
        if (rows.length < batchSize) {
          await batches.close();
          end(controller);
        }
      },
      async cancel() {
        await stop();
      },
    },
    // One batch of bytes queued ahead at most (in slices): the database is read as fast as the client reads.
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
