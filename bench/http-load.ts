import { readdirSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { Prisma } from "@/generated/prisma/client.ts";
import { countsQuery, filterCondition, pageQuery, parseClaimSearch, RANK_LIMIT } from "@/lib/public/search.ts";

/** Load on one URL (autocannon) and on the SQL behind the search (a pg pool), for bench/http.ts. */

export interface LoadOptions {
  connections: number;
  /** Seconds. */
  duration: number;
}

export interface UrlResult {
  path: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** Errors and answers other than 2xx or 3xx: the benchmark fails. */
  failed: number;
  /** From one request after the load; `bytes`: its body, uncompressed as autocannon asks for it. */
  sample: { status: number; cacheControl: string | null; nextCache: string | null; bytes: number };
}

/** A stylesheet of the build, as `/_next/static/…` (webpack puts them in static/css, Turbopack in static/chunks). */
export function staticStylesheet(distDir: string): string {
  const root = path.join(distDir, "static");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".css")).sort();
  const file = files.find((name) => name.startsWith(`css${path.sep}`)) ?? files[0];
  if (!file) throw new Error(`No stylesheet under ${root}.`);
  return `/_next/static/${file.split(path.sep).join("/")}`;
}

/** A path per request, for URLs no cached copy answers. */
export interface NewPaths {
  label: string;
  next: () => string;
}

/**
 * The same search asked anew every time: `urlPath` with a parameter the search ignores (`n`, a
 * counter), so no cached copy answers it and its page is rendered, but its SQL is the search's,
 * whose counts the app keeps between requests (lib/public/cached-search-counts.ts).
 */
export function freshSearch(urlPath: string): NewPaths {
  let count = 0;
  return { label: `${urlPath}&n=… (asked anew each request)`, next: () => `${urlPath}&n=${count++}` };
}

/**
 * The search `query` with a start date before every claim, a different day each time (from 1 January 1900
 * on): the same matches and the same work, but counts no one asked for before, so the app cannot answer
 * them from its cache of counts (lib/public/cached-search-counts.ts) and runs every statement. Each call
 * of the returned function gives the next day; each side of a comparison takes its own.
 */
export function neverCounted(query: string): () => string {
  let day = 0;
  return () => `${query}&from=${new Date(Date.UTC(1900, 0, 1 + day++)).toISOString().slice(0, 10)}`;
}

/**
 * A second of warm-up, `duration` seconds of load, then one request for the headers: on `target`,
 * or on a new path for every request (freshSearch).
 */
export async function loadUrl(origin: string, target: string | NewPaths, options: LoadOptions): Promise<UrlResult> {
  const path = typeof target === "string" ? () => target : target.next;
  const load = (duration: number) =>
    autocannon({
      url: origin,
      connections: options.connections,
      duration,
      requests: [{ setupRequest: (request) => ({ ...request, path: path() }) }],
    });
  await load(1);
  const result = await load(options.duration);
  // After the load, when a page the run made cached certainly is (on a busy machine its first render can outlast the warm-up).
  const response = await fetch(`${origin}${path()}`, { redirect: "manual" });
  const body = await response.arrayBuffer();
  const sample = {
    status: response.status,
    cacheControl: response.headers.get("cache-control"),
    nextCache: response.headers.get("x-nextjs-cache"),
    bytes: body.byteLength,
  };
  return {
    path: typeof target === "string" ? target : target.label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    failed: result.errors + result["1xx"] + result["4xx"] + result["5xx"],
    sample,
  };
}

export interface SqlResult {
  perSecond: number;
  p50: number;
  p99: number;
}

/**
 * The statements GET /api/claims runs for `query` (lib/public/search.ts searchClaims, which has
 * Prisma run them): the row estimate, then the page, beside the counts. Built by the same functions,
 * so the SQL text and parameters are the app's; `connections` searches at a time on a pool as large,
 * for a second of warm-up, then `duration` seconds.
 */
export async function loadSearchSql(databaseUrl: string, query: string | (() => string), options: LoadOptions): Promise<SqlResult> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.connections });
  const run = (statement: Prisma.Sql) => pool.query(statement.text, statement.values);
  const searchOnce = () => {
    const { search } = parseClaimSearch(new URLSearchParams(typeof query === "string" ? query : query()));
    const estimate = Prisma.sql`EXPLAIN (FORMAT JSON) SELECT FROM "Claim" AS c WHERE ${filterCondition(search)}`;
    return Promise.all([
      (async () => {
        // As estimatedMatches() and searchResults() decide between ranking and newest first.
        const plan = search.sort === "relevance" ? (await run(estimate)).rows[0]["QUERY PLAN"][0].Plan["Plan Rows"] : 0;
        await run(pageQuery(search, { newestFirst: plan > RANK_LIMIT }));
      })(),
      run(countsQuery(search)),
    ]);
  };
  try {
    await repeatFor(1, options.connections, searchOnce);
    const { samples, seconds } = await repeatFor(options.duration, options.connections, searchOnce);
    const sorted = samples.sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
    return { perSecond: samples.length / seconds, p50: at(50), p99: at(99) };
  } finally {
    await pool.end();
  }
}

/** `concurrency` loops calling `task` for `seconds`; each call's milliseconds. */
async function repeatFor(seconds: number, concurrency: number, task: () => Promise<unknown>): Promise<{ samples: number[]; seconds: number }> {
  const samples: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const before = performance.now();
      await task();
      samples.push(performance.now() - before);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return { samples, seconds: (performance.now() - started) / 1000 };
}
