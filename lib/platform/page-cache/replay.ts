import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { hasSessionCookie } from "@/lib/accounts/session-lifetime.ts";
import { etagMatches } from "@/lib/platform/etag.ts";
import { publicRoute } from "@/lib/public/cached-pages.ts";
import type { CacheValue, PageCacheStore } from "@/lib/platform/page-cache/store.ts";

/**
 * Answers a reader's request for a cached page without going through Next.js again: the response
 * Next.js last sent for that page from its cache (`x-nextjs-cache: HIT`) is recorded — status,
 * headers and body, byte for byte — and sent again for as long as the cache entry it came from is
 * the current one (store.ts `current`: not invalidated, not evicted, within `revalidate`). The
 * moment a change drops the entry, or the store goes offline, the next request goes to Next.js,
 * which renders the page afresh; the first time it serves the new entry from its cache, that
 * response is recorded in turn.
 *
 * Why: on this 2-core machine Next.js needs about 1.2 ms of CPU to route a request and send a page
 * from its cache, four times what a static file costs; readers of a viral page must not pay that
 * (README, "Cached public pages"). Nothing is cached here that Next.js did not cache itself, and
 * nothing is invalidated here: the entry decides.
 *
 * Only requests that Next.js would answer with exactly the recorded response are replayed: GET or
 * HEAD, no query but a search's (which the proxy rewrites to the search's cached page), no session
 * cookie (a signed-in reader gets `private, no-store`), and none of the request headers the response
 * varies on (Next.js's router headers; Accept-Encoding is handled here: the body is recorded
 * uncompressed and gzipped once when a client asks for it). A response carrying a cookie or a nonce
 * is never recorded.
 */

interface Recording {
  value: CacheValue;
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  gzipped?: Buffer;
}

const UNRECORDED_HEADERS = new Set(["content-length", "transfer-encoding", "connection", "keep-alive", "date"]);

const pathTag = (pathname: string) => `_N_T_${pathname}`;

/**
 * The path of the cached page Next.js answers a request with: the request's own path, or — for a
 * search, a duplicate's own page — the path the proxy rewrites it to (lib/public/cached-pages.ts).
 * Null for any other query, which Next.js would answer from the page at the path but which is not
 * worth a recording per made-up query.
 */
function cachedPath(url: string): string | null {
  const queryAt = url.indexOf("?");
  if (queryAt === -1) return url;
  const route = publicRoute(url.slice(0, queryAt), new URLSearchParams(url.slice(queryAt + 1)));
  return route.cached && route.rewrite ? route.rewrite.replace(/\?.*$/s, "") : null;
}

/** A recorded header by name, whatever its case. */
function header(headers: OutgoingHttpHeaders, name: string) {
  const found = Object.keys(headers).find((key) => key.toLowerCase() === name);
  return found === undefined ? undefined : headers[found];
}

function varyHeaders(headers: OutgoingHttpHeaders): string[] {
  const vary = header(headers, "vary");
  const list = Array.isArray(vary) ? vary.join(",") : String(vary ?? "");
  return list
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name && name !== "accept-encoding");
}

/** The cached page's path, for a request Next.js answers with the recorded response if there is one. */
function replayablePath(req: IncomingMessage): string | null {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  if (!req.url?.startsWith("/") || hasSessionCookie(req.headers.cookie) || varyHeadersPresent(req)) return null;
  return cachedPath(req.url);
}

const acceptsGzip = (req: IncomingMessage) => /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));

export class ResponseReplay {
  readonly #recordings = new Map<string, Recording>();

  constructor(private readonly store: PageCacheStore) {}

  /** Sends the recorded response for the request, if it may; false leaves it to Next.js. */
  serve(req: IncomingMessage, res: ServerResponse): boolean {
    const path = replayablePath(req);
    const recording = path === null ? undefined : this.#recordings.get(req.url!);
    if (!recording) return false;
    if (this.store.current(pathTag(path!)) !== recording.value) {
      this.#recordings.delete(req.url!);
      return false;
    }
    if (varyHeaders(recording.headers).some((name) => req.headers[name] !== undefined)) return false;

    const etag = header(recording.headers, "etag");
    const ifNoneMatch = req.headers["if-none-match"];
    if (recording.status === 200 && typeof etag === "string" && ifNoneMatch && etagMatches(ifNoneMatch, etag)) {
      const headers = Object.fromEntries(Object.entries(recording.headers).filter(([name]) => name.toLowerCase() !== "content-type"));
      res.writeHead(304, headers).end();
      return true;
    }
    let body = recording.body;
    const headers = { ...recording.headers };
    if (acceptsGzip(req) && body.length > 1024) {
      recording.gzipped ??= gzipSync(body);
      body = recording.gzipped;
      headers["Content-Encoding"] = "gzip";
    }
    headers["Content-Length"] = body.length;
    res.writeHead(recording.status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
    return true;
  }

  /**
   * Watches Next.js answer a request that could be replayed, and records the answer if it came
   * from the cache. The request is passed on without Accept-Encoding, so the body is recorded
   * uncompressed (this one reader gets it so).
   */
  watch(req: IncomingMessage, res: ServerResponse): void {
    const path = replayablePath(req);
    // Only a page Next.js has cached now: everything else (static files, pages rendered per
    // request) keeps its Accept-Encoding and is compressed by Next.js as usual.
    if (path === null || req.method !== "GET" || !this.store.current(pathTag(path))) return;
    delete req.headers["accept-encoding"];
    const url = req.url!;
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const keep = (chunk: unknown) => {
      if (typeof chunk === "string") chunks.push(Buffer.from(chunk));
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk);
      return write(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== "function") keep(chunk);
      return end(chunk, ...rest);
    }) as typeof res.end;
    res.once("finish", () => this.#record(url, path, res, Buffer.concat(chunks)));
  }

  #record(url: string, path: string, res: ServerResponse, body: Buffer): void {
    const headers = res.getHeaders();
    const policy = String(headers["content-security-policy"] ?? "");
    if (headers["x-nextjs-cache"] !== "HIT" || headers["set-cookie"] !== undefined || policy.includes("'nonce-")) return;
    if (headers["content-encoding"] !== undefined || (res.statusCode !== 200 && res.statusCode !== 404)) return;
    const value = this.store.current(pathTag(path));
    if (!value) return;
    const recorded: OutgoingHttpHeaders = {};
    // Node.js has had getRawHeaderNames (the names as Next.js spelt them) since 15.13; @types/node 20 lacks it.
    for (const name of (res as ServerResponse & { getRawHeaderNames(): string[] }).getRawHeaderNames()) {
      const header = res.getHeader(name);
      if (!UNRECORDED_HEADERS.has(name.toLowerCase()) && header !== undefined) recorded[name] = header;
    }
    if (this.#recordings.size >= 10_000) this.#recordings.clear();
    this.#recordings.set(url, { value, status: res.statusCode, headers: recorded, body });
  }
}

/** Next.js's router headers (RSC navigations and prefetches): such a request is never recorded or replayed. */
function varyHeadersPresent(req: IncomingMessage): boolean {
  return ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "next-action"].some(
    (name) => req.headers[name] !== undefined,
  );
}
