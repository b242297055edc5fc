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

export interface CsvStreamOptions {
  bom?: boolean;
  batchSize?: number;
  /** Aborting it (the client went away) closes the reading. */
  signal?: AbortSignal;
  /** Told of an error that ends the stream after it started (to log it; the stream is errored either way). */
  onError?: (error: unknown) => void;
}

/**
 * A CSV body that takes one batch of rows each time the client is ready for more: memory stays at
 * a couple of batches whatever the size, and when the client goes away (the stream is cancelled,
 * or `signal` aborts) the reading is closed and the database stops. The rows are read from the
 * first pull on; a download should use `openCsvStream`, which reads the first batch before any
 * response is given.
 *
 * An error while reading or formatting rows errors the stream (`controller.error`): the HTTP
 * response then ends without its terminating chunk, so a client sees a broken download — never a
 * truncated file that looks complete.
 */
export function csvStream<Row>(source: CsvSource<Row>, options: CsvStreamOptions = {}): ReadableStream<Uint8Array> {
  return rowStream(source, options);
}

/**
 * Opens the reading and waits for its first batch, then returns the CSV body (as `csvStream`).
 * Rejects when the rows cannot be read at all (database down or frozen: no connection, or no
 * answer to the cursor's first FETCH within the export's timeouts), so that the caller answers
 * with an error status instead of a 200 whose file would be empty.
 */
export async function openCsvStream<Row>(source: CsvSource<Row>, options: CsvStreamOptions = {}): Promise<ReadableStream<Uint8Array>> {
  const batches = source.open(options.batchSize ?? DEFAULT_BATCH_SIZE);
  const onAbort = () => void batches.close().catch(() => {});
  options.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const first = await batches.next();
    return rowStream(source, options, { batches, first });
  } catch (error) {
    await batches.close().catch(() => {});
    throw error;
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
  }
}

const DEFAULT_BATCH_SIZE = 1000;

function rowStream<Row>(
  source: CsvSource<Row>,
  { bom = false, batchSize = DEFAULT_BATCH_SIZE, signal, onError }: CsvStreamOptions,
  opened?: { batches: RowBatches<Row>; first: Row[] },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let batches: RowBatches<Row> | undefined = opened?.batches;
  /** The batch read before the response started, formatted by the first pull. */
  let first: Row[] | undefined = opened?.first;
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
  if (signal?.aborted) void stop()?.catch(() => {});
  signal?.addEventListener("abort", () => void stop()?.catch(() => {}), { once: true });
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode((bom ? UTF8_BOM : "") + csvLines([source.header])));
      },
      async pull(controller) {
        try {
          if (stopped) return end(controller);
          let rows: Row[];
          if (first) {
            rows = first;
            first = undefined;
          } else {
            batches ??= source.open(batchSize);
            rows = await batches.next();
          }
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
            await batches!.close();
            end(controller);
          }
        } catch (error) {
          // The file cannot be completed: error the stream, so the response is cut off (no
          // terminating chunk) rather than ended as if the file were whole.
          if (stopped) return end(controller);
          await stop()?.catch(() => {});
          onError?.(error);
          controller.error(error);
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
