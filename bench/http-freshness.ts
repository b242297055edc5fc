import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { ClaimStatus } from "@/generated/prisma/enums.ts";
import { countsQuery, parseClaimSearch, type StatusCount } from "@/lib/public/search.ts";
import { STATUS } from "@/lib/status.ts";
import { withClient } from "./generate.ts";
import type { AppServer } from "./http-setup.ts";

/**
 * How soon readers see a status change (bench/http.ts): an editor signs in over HTTP and changes a
 * claim's status through the real Server Action, posted as Next.js's client posts it; then the
 * claim's page and JSON, and a new search of its claimant's claims (whose counts are kept between
 * requests: lib/public/cached-search-counts.ts), are polled on the server that took the change and
 * on another one.
 */

// React's encoder of Server Action arguments, from the build Next.js itself ships and calls.
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply(value: unknown): Promise<string | FormData>;
};

const ACTION = { file: "app/editor/claims/actions.ts", name: "changeStatusAction" };
/** Two open statuses (no verdict, so no outcome is needed), taken in turn. */
const STATUSES = [ClaimStatus.PENDING, ClaimStatus.IN_PROGRESS] as const;
const POLL_INTERVAL_MS = 20;
const POLL_TIMEOUT_MS = 60_000;

export interface Freshness {
  /** Per server polled, in the order given: milliseconds per change. */
  delays: number[][];
}

const excerpt = (text: string) => (text.length > 600 ? `${text.slice(0, 600)}…` : text);

/**
 * The action's id in this build, from the manifest of Server Actions that `next build` writes
 * (`node`: id → { filename, exportedName, workers }); the id changes with every build. `filename` is
 * relative to the workspace root Next.js settled on, which may be a parent of the project.
 */
export function serverActionId(distDir: string, action = ACTION): string {
  const file = path.join(distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const ids = Object.entries(manifest.node)
    .filter(([, entry]) => entry.exportedName === action.name && (entry.filename === action.file || entry.filename?.endsWith(`/${action.file}`)))
    .map(([id]) => id);
  if (ids.length !== 1) throw new Error(`Expected one id of ${action.name} (${action.file}) in ${file}, found ${ids.length}.`);
  return ids[0]!;
}

type Cookies = Map<string, string>;

function keepCookies(cookies: Cookies, response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair = ""] = line.split(";");
    const equals = pair.indexOf("=");
    if (equals > 0) cookies.set(pair.slice(0, equals).trim(), pair.slice(equals + 1).trim());
  }
}

const cookieHeader = (cookies: Cookies) => [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");

/** Signs in as next-auth's own client does (csrf token, then the credentials callback); the session's cookies. */
export async function signIn(origin: string, email: string, password: string): Promise<Cookies> {
  const cookies: Cookies = new Map();
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  keepCookies(cookies, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(cookies) },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: origin, json: "true" }),
  });
  keepCookies(cookies, response);
  if (![...cookies.keys()].some((name) => name.endsWith("next-auth.session-token"))) {
    throw new Error(`Signing in as ${email} failed (HTTP ${response.status}): ${excerpt(await response.text())}`);
  }
  return cookies;
}

interface Change {
  claimId: number;
  status: ClaimStatus;
  /** Unique to this change: the pages show it in the claim's history. */
  rationale: string;
  /** The claimant's claims per status after the change, as the database counts them: a search shows them. */
  counts: Record<string, number>;
}

/** A search of the claimant's claims: its counts change with the claim's status. */
const claimantSearch = (slug: string) => parseClaimSearch(new URLSearchParams({ claimant: slug })).search;
const nonZero = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([, count]) => count !== 0).sort());
/** Asked with a new parameter each time, so it is rendered per request (not a cached search) and reads the counts' cache. */
let asked = 0;

/**
 * Posts the status form through the Server Action as the browser does after hydration: the action's
 * id in `Next-Action`, its arguments (useActionState's previous state, the form) encoded by React,
 * Origin the site's own. Throws unless the action's state says it succeeded.
 */
async function changeStatus(server: AppServer, cookies: Cookies, actionId: string, change: Omit<Change, "counts">, version: number): Promise<void> {
  const form = new FormData();
  form.set("id", String(change.claimId));
  form.set("version", String(version));
  form.set("status", change.status);
  form.set("rationale", change.rationale);
  // Changing a verdict readers have seen is a correction, which needs a note (lib/workbench/corrections.ts).
  form.set("correction", `Corrected by ${change.rationale}.`);
  const response = await fetch(`${server.origin}/editor/claims/${change.claimId}`, {
    method: "POST",
    headers: { "next-action": actionId, accept: "text/x-component", origin: server.origin, cookie: cookieHeader(cookies) },
    body: await encodeReply([{ status: "idle" }, form]),
  });
  const body = await response.text();
  if (response.status !== 200 || !body.includes('"status":"success"')) {
    throw new Error(`Changing claim ${change.claimId} to ${change.status} failed (HTTP ${response.status}): ${excerpt(body)}`);
  }
}

function get(agent: http.Agent, url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

/**
 * The claim's page and its JSON, asked on one new connection: a cluster's primary hands each new
 * connection to its next worker, so that consecutive calls ask every worker in turn.
 */
async function readClaim(origin: string, claimId: number, claimantSlug: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    return {
      page: await get(agent, `${origin}/claims/${claimId}`),
      json: await get(agent, `${origin}/api/claims/${claimId}`),
      search: await get(agent, `${origin}/api/claims?claimant=${claimantSlug}&n=${asked++}`),
    };
  } finally {
    agent.destroy();
  }
}

async function showsChange(origin: string, claimantSlug: string, change: Change): Promise<boolean> {
  const { page, json, search } = await readClaim(origin, change.claimId, claimantSlug);
  if (page.status !== 200 || !page.body.includes(change.rationale) || !page.body.includes(STATUS[change.status].label)) return false;
  if (json.status !== 200 || search.status !== 200) return false;
  const claim = JSON.parse(json.body) as { status: string; history: { rationale: string | null }[] };
  const { statusCounts } = JSON.parse(search.body) as { statusCounts: Record<string, number> };
  const countsShown = JSON.stringify(nonZero(statusCounts)) === JSON.stringify(nonZero(change.counts));
  return claim.status === change.status && claim.history.some((event) => event.rationale === change.rationale) && countsShown;
}

/**
 * Milliseconds from `since` until the server showed the change on every one of its processes: when
 * the first of `server.workers` consecutive fresh rounds was sent, polling every POLL_INTERVAL_MS
 * while stale; 0 when the first round after the change already was.
 */
async function staleFor(server: AppServer, claimantSlug: string, change: Change, since: number): Promise<number> {
  let streak: { sent: number; rounds: number } | undefined;
  for (;;) {
    const sent = performance.now();
    if (await showsChange(server.origin, claimantSlug, change)) {
      streak = { sent: streak?.sent ?? sent, rounds: (streak?.rounds ?? 0) + 1 };
      if (streak.rounds >= server.workers) return streak.sent - since;
      continue;
    }
    streak = undefined;
    if (sent - since > POLL_TIMEOUT_MS) throw new Error(`${server.origin} still did not show “${change.rationale}” of claim ${change.claimId} after ${POLL_TIMEOUT_MS / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

/**
 * `changes` status changes of claim `claimId` on `servers[0]`, each followed by polling every
 * server until its page and its JSON show it, and a search of its claimant's claims the new counts.
 * Every process has served all three before each change (so a cache would hold them). The claim's
 * version is read from the database before each change, as the form would carry it.
 */
export async function measureFreshness(options: {
  servers: AppServer[];
  databaseUrl: string;
  distDir: string;
  claimId: number;
  claimantSlug: string;
  changes: number;
  editor: { email: string; password: string };
}): Promise<Freshness> {
  const [writer] = options.servers;
  const actionId = serverActionId(options.distDir);
  const cookies = await signIn(writer!.origin, options.editor.email, options.editor.password);
  const run = randomBytes(4).toString("hex");
  const delays: number[][] = options.servers.map(() => []);
  for (const server of options.servers) {
    for (let round = 0; round < server.workers; round++) await readClaim(server.origin, options.claimId, options.claimantSlug);
  }
  await withClient(options.databaseUrl, async (client) => {
    for (let i = 1; i <= options.changes; i++) {
      const { rows } = await client.query<{ version: number; status: ClaimStatus }>(`SELECT "version", "status" FROM "Claim" WHERE "id" = $1`, [options.claimId]);
      const current = rows[0]!;
      const change = { claimId: options.claimId, status: current.status === STATUSES[0] ? STATUSES[1] : STATUSES[0], rationale: `HTTP benchmark ${run}, change ${i}` };
      await changeStatus(writer!, cookies, actionId, change, current.version);
      const since = performance.now();
      const counts = countsQuery(claimantSearch(options.claimantSlug));
      const { rows: countRows } = await client.query<StatusCount>(counts.text, counts.values);
      const shown = { ...change, counts: Object.fromEntries(countRows.map((row) => [row.status, row.count])) };
      const perServer = await Promise.all(options.servers.map((server) => staleFor(server, options.claimantSlug, shown, since)));
      perServer.forEach((delay, index) => delays[index]!.push(delay));
    }
  });
  return { delays };
}
