// `npm run bench:http -- [--workers=2] [--connections=50] [--duration=10] [--pairs=3] [--smoke] [--bench-db | --database-url=URL]`
//
// HTTP benchmark of the reader pages (issue 18), on the production build in $NEXT_DIST_DIR or .next
// (nothing is built here: `npm run build` first). It prepares a database as `npm start` does — a
// throwaway embedded PostgreSQL with the demo data; --bench-db: the 1,000,000-claim database of
// `npm run bench`; --database-url: an existing, migrated database — and starts two app servers
// (scripts/server.ts start): the measured one with --workers processes, and one more process on the
// same database. Then (bench/http-load.ts, bench/http-freshness.ts):
//  - each URL in turn: a second of warm-up, then --duration seconds of autocannon with --connections
//    connections (req/s, p50/p99, failures), then a sample request (its Cache-Control and x-nextjs-cache),
//    and req/s relative to a static file's. Searches run twice: the same search again and again
//    (served from its cached copy after the first), and asked anew each request (rendered);
//  - the JSON API's search rendered per request beside its own SQL through a pg pool of --connections, as
//    a ceiling, in --pairs windows alternating between the two (default 3): the two cores' speed drifts
//    between minutes, so each ratio compares neighbouring windows and the median of the pairs is the figure.
//    Twice: the same search asked anew each request (its counts kept by the app), and the same search never
//    counted before (a start date before every claim, a new day each request; the SQL runs the same days);
//  - the demo editor signs in and changes a claim's status through the Server Action 20 times; after
//    each change both servers are polled until the claim's page and JSON, and a new search's counts, show it on every process.
// --smoke: 2 s per URL, 5 connections, 1 pair, 3 changes. Exits 1 if a request failed (a connection error or
// an answer other than 2xx/3xx); Ctrl-C stops the servers and PostgreSQL.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEMO_ACCOUNTS } from "@/lib/accounts/demo-accounts.ts";
import { sitemapFilePath } from "@/lib/public/sitemap.ts";
import { measureFreshness } from "./http-freshness.ts";
import { freshSearch, loadSearchSql, loadUrl, neverCounted, staticStylesheet, type LoadOptions, type NewPaths, type UrlResult } from "./http-load.ts";
import {
  countPublishedClaims,
  publishedClaim,
  openBenchDatabase,
  openExistingDatabase,
  openFreshDatabase,
  peakRssMb,
  startAppServer,
  stopAppServer,
  type AppServer,
} from "./http-setup.ts";

const SEARCH = "q=aliyev";

const { values } = parseArgs({
  options: {
    workers: { type: "string", default: "2" },
    connections: { type: "string" },
    duration: { type: "string" },
    pairs: { type: "string" },
    smoke: { type: "boolean", default: false },
    "bench-db": { type: "boolean", default: false },
    "database-url": { type: "string" },
  },
});

function wholeNumber(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number from 1, not ${text}`);
  return value;
}

// What is started is stopped at the end, or on Ctrl-C: in reverse order, after any start under way.
const stops: (() => Promise<void>)[] = [];
const starting: Promise<unknown>[] = [];
let stopping: Promise<void> | undefined;

function started<T>(start: () => Promise<T>, stop: (resource: T) => Promise<void>): Promise<T> {
  if (stopping) return Promise.reject(new Error("Interrupted."));
  const resource = start().then((value) => {
    stops.push(() => stop(value));
    return value;
  });
  starting.push(resource.catch(() => {}));
  return resource;
}

function stopAll(): Promise<void> {
  stopping ??= (async () => {
    await Promise.all(starting);
    for (const stop of stops.reverse()) await stop().catch((error: unknown) => console.error(error));
  })();
  return stopping;
}

for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
  process.on(signal, () => void stopAll().then(() => process.exit(code)));
}

const number = (value: number, digits = 0) => value.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits });
function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle) ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[Math.floor(middle)]!;
}

function urlRow(result: UrlResult, staticRate: number): string {
  const { sample } = result;
  return `| ${result.path} | ${number(result.requestsPerSecond)} | ${number(result.p50, 1)} | ${number(result.p99, 1)} | ${result.errors} | ${result.non2xx} | ${number(result.requestsPerSecond / staticRate, 3)} | ${number(sample.bytes / 1024, 1)} | ${sample.status} | ${sample.cacheControl ?? "—"} | ${sample.nextCache ?? "—"} |`;
}

function rssLine(server: AppServer): string {
  const [primary, ...workers] = peakRssMb(server);
  const mb = (entry: { mb: number }) => `${number(entry.mb)} MB`;
  if (!primary) return `${server.origin}: —`;
  return workers.length > 0 ? `${server.origin}: ${workers.map(mb).join(", ")} (workers), ${mb(primary)} (supervisor)` : `${server.origin}: ${mb(primary)}`;
}

async function main(): Promise<number> {
  const options: LoadOptions & { workers: number; pairs: number; changes: number } = {
    workers: wholeNumber("workers", values.workers),
    connections: wholeNumber("connections", values.connections ?? (values.smoke ? "5" : "50")),
    duration: wholeNumber("duration", values.duration ?? (values.smoke ? "2" : "10")),
    pairs: wholeNumber("pairs", values.pairs ?? (values.smoke ? "1" : "3")),
    changes: values.smoke ? 3 : 20,
  };
  const url = values["database-url"];
  if (url && values["bench-db"]) throw new Error("Give --database-url or --bench-db, not both.");
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  const buildIdFile = path.join(distDir, "BUILD_ID");
  if (!existsSync(buildIdFile)) {
    console.error(`No production build in ${distDir} (no BUILD_ID): run \`npm run build\` first, with the same NEXT_DIST_DIR.`);
    return 1;
  }

  console.log("Preparing the database …");
  const database = await started(() => (url ? openExistingDatabase(url) : values["bench-db"] ? openBenchDatabase() : openFreshDatabase()), (db) => db.close());
  const claim = await publishedClaim(database.appUrl);
  const changed = await publishedClaim(database.appUrl, 1);
  const published = await countPublishedClaims(database.appUrl);
  const authSecret = randomBytes(32).toString("base64url");
  console.log("Starting the app servers …");
  const startServer = (workers: number, poolSize?: number) =>
    started(() => startAppServer({ databaseUrl: database.appUrl, authSecret, workers, poolSize }), stopAppServer);
  // As many database connections in all as the raw SQL's pool below, so each of the connections can have its search running.
  const measured = await startServer(options.workers, Math.max(10, Math.ceil(options.connections / options.workers)));
  const other = await startServer(1);

  const paths = [
    staticStylesheet(distDir),
    "/api/health",
    `/api/claims?${SEARCH}`,
    "/?q=tangible",
    freshSearch("/?q=tangible"),
    "/",
    `/claims/${claim.id}`,
    "/claimants",
    `/claimants/${claim.claimantSlug}`,
    "/sources",
    ...(claim.sourceId === null ? [] : [`/sources/${claim.sourceId}`]),
    "/corrections",
    "/feed.xml",
    "/sitemap.xml",
    sitemapFilePath("claims", claim.id),
    `/api/claims/${claim.id}`,
  ];
  console.log(
    `\nBuild ${readFileSync(buildIdFile, "utf8").trim()} (${distDir}); ${database.label}, ${number(published)} published claims; ` +
      `${measured.origin} with ${options.workers} worker(s); ${options.connections} connections, ${options.duration} s per URL after 1 s of warm-up\n`,
  );
  console.log("| URL | req/s | p50 ms | p99 ms | errors | non-2xx | × static | body KB | sample status | Cache-Control | x-nextjs-cache |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
  const results: UrlResult[] = [];
  for (const urlPath of paths) {
    const result = await loadUrl(measured.origin, urlPath, options);
    results.push(result);
    console.log(urlRow(result, results[0]!.requestsPerSecond));
  }

  // The JSON API's searches rendered per request, each in windows alternating with its own SQL on a pg pool.
  const compare = async (title: string, http: NewPaths, sqlQuery: string | (() => string)) => {
    console.log(`\n${title} (the row estimate, page and counts statements, ${options.connections} searches at a time on a pg pool as large), in alternating windows of ${options.duration} s:\n`);
    console.log("| pair | HTTP req/s | HTTP p50 / p99 ms | x-nextjs-cache | raw SQL searches/s | raw SQL p50 / p99 ms | HTTP ÷ raw SQL |\n|---:|---:|---:|---|---:|---:|---:|");
    const ratios: number[] = [];
    const sqlRates: number[] = [];
    for (let pair = 1; pair <= options.pairs; pair++) {
      const result = await loadUrl(measured.origin, http, options);
      results.push(result);
      const sql = await loadSearchSql(database.appUrl, sqlQuery, options);
      ratios.push(result.requestsPerSecond / sql.perSecond);
      sqlRates.push(sql.perSecond);
      console.log(
        `| ${pair} | ${number(result.requestsPerSecond)} | ${number(result.p50, 1)} / ${number(result.p99, 1)} | ${result.sample.nextCache ?? "—"} | ${number(sql.perSecond)} | ${number(sql.p50, 1)} / ${number(sql.p99, 1)} | ${number(ratios.at(-1)!, 3)} |`,
      );
    }
    return { ratio: median(ratios), low: Math.min(...ratios), high: Math.max(...ratios), sqlRate: median(sqlRates) };
  };
  const searchPath = `/api/claims?${SEARCH}`;
  const anew = await compare(`The same search asked anew each request over HTTP (${searchPath}&n=…) and its raw SQL`, freshSearch(searchPath), SEARCH);
  const httpQuery = neverCounted(SEARCH);
  const never = await compare(
    `The same search never counted before over HTTP (${searchPath}&from=<a new day before any claim>) and its raw SQL, the same days in the same order`,
    { label: `${searchPath}&from=… (never counted before)`, next: () => `/api/claims?${httpQuery()}` },
    neverCounted(SEARCH),
  );
  const cached = results.find((result) => result.path === searchPath)!;
  const figure = ({ ratio, low, high }: typeof anew) => `${number(ratio, 3)} (pairs from ${number(low, 3)} to ${number(high, 3)})`;
  console.log(
    `\nHTTP req/s ÷ raw SQL searches/s, median of ${options.pairs} pair(s): ${figure(anew)} for the same search asked anew each request; ` +
      `${figure(never)} for the same search never counted before; ${number(cached.requestsPerSecond / anew.sqlRate, 3)} for the same search again (cached)`,
  );

  const editor = DEMO_ACCOUNTS.find((account) => account.role === "EDITOR")!;
  const { delays } = await measureFreshness({ servers: [measured, other], databaseUrl: database.appUrl, distDir, claimId: changed.id, claimantSlug: changed.claimantSlug, changes: options.changes, editor });
  console.log(
    `\nFreshness: ${options.changes} status changes of claim ${changed.id} through its Server Action on ${measured.origin}; milliseconds from the action's ` +
      `answer until /claims/${changed.id} and /api/claims/${changed.id} showed the change, and a new search of /api/claims?claimant=${changed.claimantSlug} its counts, on every process of a server (a new connection per poll, every 20 ms while stale)\n`,
  );
  console.log("| polled server | median ms | worst ms |\n|---|---:|---:|");
  const labels = [`${measured.origin} (took the change; ${options.workers} worker(s))`, `${other.origin} (another process)`];
  delays.forEach((samples, index) => console.log(`| ${labels[index]} | ${number(median(samples), 1)} | ${number(Math.max(...samples), 1)} |`));

  console.log(`\nPeak RSS (VmHWM): ${rssLine(measured)}; ${rssLine(other)}`);
  const failed = results.reduce((sum, result) => sum + result.failed, 0);
  if (failed > 0) console.error(`\n${failed} request(s) failed: a connection error or an answer other than 2xx/3xx.`);
  return failed > 0 ? 1 : 0;
}

main()
  .catch((error: unknown) => {
    // After Ctrl-C, what failed is what was being stopped.
    if (!stopping) console.error(error);
    return 1;
  })
  .then(async (code) => {
    await stopAll();
    process.exit(code);
  });
