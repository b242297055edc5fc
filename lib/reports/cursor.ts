import pg from "pg";
import type { Prisma } from "@/generated/prisma/client.ts";
import { EXPORT_FETCH_TIMEOUT_MS, EXPORT_OPEN_TIMEOUT_MS } from "@/lib/reports/export-connection.ts";
import type { RowBatches } from "@/lib/reports/stream.ts";

const DATE_OID = 1082;
const TIMESTAMP_OID = 1114;
const asText = (value: string) => value;
const ignoreError = () => {};

/**
 * `date` and `timestamp` (without time zone) columns stay PostgreSQL's ISO text: Prisma stores a
 * DateTime as UTC in `timestamp(3)`, which pg's default parsers would read as the process's local
 * time. The reports format that text themselves (csv.ts isoTimestamp), whatever TZ is. Every
 * other type is parsed as pg does by default (integers, text[]; enums stay text).
 */
const EXPORT_TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === DATE_OID || oid === TIMESTAMP_OID ? asText : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Asks the server to cancel what the backend `pid` is running, over a connection of its own (the pool may be full). */
async function cancelBackend(pool: pg.Pool, pid: number): Promise<void> {
  const client = new pg.Client(pool.options);
  client.on("error", () => {});
  await client.connect();
  try {
    await client.query("SELECT pg_cancel_backend($1)", [pid]);
  } finally {
    await client.end();
  }
}

/**
 * The rows of `query`, as arrays in its column order, read through a server-side cursor: one
 * execution of the query in a READ ONLY REPEATABLE READ transaction on a connection of `pool`,
 * `FETCH`ed `batchSize` rows at a time. While the caller works on one batch the next one is
 * already being fetched (one batch ahead at most, so both the database and Node.js are busy and
 * memory stays at two batches). Closing early cancels a FETCH under way on the server and gives
 * the connection back (its transaction ended; then closed after a cancel or an error, reused
 * otherwise).
 *
 * A database that is gone or frozen fails `next()` rather than hanging it: the connection comes
 * within the pool's connect timeout, BEGIN and DECLARE are answered within EXPORT_OPEN_TIMEOUT_MS
 * and each FETCH within EXPORT_FETCH_TIMEOUT_MS (pg's `query_timeout`, which holds even when the
 * server cannot answer at all). After such a failure the connection is thrown away without a
 * ROLLBACK (which could wait as long again): closing it ends the transaction on the server.
 */
export function cursorBatches<Row extends unknown[]>(pool: pg.Pool, query: Prisma.Sql, batchSize: number): RowBatches<Row> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`batch size must be a positive integer, not ${batchSize}`);
  let client: pg.PoolClient | undefined;
  let opening: Promise<void> | undefined;
  /** The latest FETCH sent, the batch read ahead until next() takes it. */
  let fetching: Promise<Row[]> | undefined;
  let inFlight = false;
  let exhausted = false;
  let failed = false;
  let closing: Promise<void> | undefined;

  async function open(): Promise<void> {
    const connection = await pool.connect();
    // Errors of a connection in use surface as failed queries; without a listener, an 'error'
    // event (server gone) would crash the process.
    connection.on("error", ignoreError);
    client = connection;
    await connection.query({
      text: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL datestyle = 'ISO, YMD'; SET LOCAL idle_in_transaction_session_timeout = '15min'",
      query_timeout: EXPORT_OPEN_TIMEOUT_MS,
    } as pg.QueryConfig);
    await connection.query({
      text: `DECLARE export_rows NO SCROLL CURSOR FOR ${query.text}`,
      values: query.values,
      query_timeout: EXPORT_OPEN_TIMEOUT_MS,
    } as pg.QueryConfig);
  }

  function fetch(connection: pg.PoolClient): Promise<Row[]> {
    inFlight = true;
    const rows = connection
      .query<Row>({
        text: `FETCH FORWARD ${batchSize} FROM export_rows`,
        rowMode: "array",
        types: EXPORT_TYPES,
        query_timeout: EXPORT_FETCH_TIMEOUT_MS,
      } as pg.QueryArrayConfig)
      .then((result) => result.rows)
      .finally(() => (inFlight = false));
    rows.catch(() => {}); // a batch read ahead may never be asked for: its error is handled by whoever awaits it
    return rows;
  }

  function close(): Promise<void> {
    closing ??= (async () => {
      await opening?.catch(() => {});
      const connection = client;
      client = undefined;
      if (!connection) return;
      if (failed) {
        // The connection may be blocked behind a query that timed out, or already broken.
        fetching = undefined;
        connection.release(true);
        return;
      }
      let reusable = true;
      if (inFlight) {
        reusable = false;
        const pid = (connection as unknown as { processID: number }).processID;
        const cancelled = await cancelBackend(pool, pid).then(
          () => true,
          () => false,
        );
        if (!cancelled) {
          // The server could not even be reached to cancel (gone or frozen): waiting for the FETCH
          // would wait for its timeout. Closing the connection ends the transaction.
          fetching = undefined;
          connection.release(true);
          return;
        }
        await fetching?.catch(() => {});
      }
      // The transaction ends here in every case, so nothing is left holding a snapshot even while
      // a connection that is not reused (after a cancel or an error) is being closed.
      try {
        await connection.query({ text: exhausted ? "COMMIT" : "ROLLBACK", query_timeout: EXPORT_OPEN_TIMEOUT_MS } as pg.QueryConfig);
      } catch {
        reusable = false;
      }
      fetching = undefined;
      if (reusable) connection.removeListener("error", ignoreError);
      connection.release(reusable ? undefined : true);
    })();
    return closing;
  }

  return {
    async next() {
      try {
        if (closing || exhausted) return [];
        await (opening ??= open());
        if (closing || !client) return [];
        fetching ??= fetch(client);
        const rows = await fetching;
        fetching = undefined;
        if (closing || !client) return [];
        if (rows.length < batchSize) {
          exhausted = true;
          await close();
        } else {
          fetching = fetch(client);
        }
        return rows;
      } catch (error) {
        if (closing) return [];
        failed = true;
        await close();
        throw error;
      }
    },
    close,
  };
}
