/**
 * The page cache of one app process: the rendered public pages (HTML and RSC payload) and route
 * responses (feeds, sitemap, the JSON API's claim) that Next.js hands to its cache handler
 * (next-cache-handler.mjs), kept in memory and dropped the moment a change invalidates them.
 *
 * Invalidations are Next.js cache tags. Every cached page carries its implicit tags
 * (`_N_T_/claims/1` for /claims/1, `_N_T_/layout` for everything): a tag invalidated after an entry's
 * render began makes the entry stale. They arrive from this process (revalidatePath in an action)
 * and from every process through PostgreSQL (listener.ts), so that two app servers agree.
 *
 * The store serves nothing and keeps nothing while it is offline: before its listener is connected
 * and whenever the listener lost PostgreSQL, because an invalidation may be missed then. A stale
 * page is worse than a slow one.
 */

/** The tag every page carries (revalidatePath("/", "layout") sends it): invalidates every entry. */
export const EVERY_PAGE = "_N_T_/layout";

const TAGS_HEADER = "x-next-cache-tags";

/** The part of Next.js's cache value the store reads; the rest is kept as it came. */
export interface CacheValue {
  kind: string;
  html?: unknown;
  rscData?: Buffer;
  body?: Buffer;
  status?: number;
  tags?: string[];
  headers?: Record<string, unknown>;
}

export interface CacheHit {
  lastModified: number;
  value: CacheValue;
  cacheControl?: unknown;
}

interface Entry extends CacheHit {
  tags: string[];
  bytes: number;
}

/**
 * The tag of the path an entry was rendered for. Next.js ends a cache key with `/$` and that path
 * (`/route-cache/APP_PAGE/…/$/search/cT1…`), the path the proxy rewrote the request to; the last of
 * the entry's tags is a path too, but for a route handler it is the one the request asked for
 * (`/api/claims` for every search of the JSON list). `/` is `/index` in both.
 */
function pathTagOf(key: string, tags: readonly string[]): string | undefined {
  const path = /\/\$(\/.*)$/s.exec(key)?.[1];
  const last = path === undefined ? tags.at(-1) : `_N_T_${path}`;
  return last === "_N_T_/index" ? "_N_T_/" : last;
}

/** How long Next.js may serve an entry before it re-renders it (`revalidate` of the route), in ms. */
function lifetimeMs(cacheControl: unknown): number {
  const revalidate = (cacheControl as { revalidate?: unknown } | undefined)?.revalidate;
  return typeof revalidate === "number" ? revalidate * 1000 : Number.POSITIVE_INFINITY;
}

function tagsOf(value: CacheValue): string[] {
  const header = value.headers?.[TAGS_HEADER];
  const fromHeader = typeof header === "string" && header ? header.split(",") : [];
  return [...fromHeader, ...(value.tags ?? [])];
}

function sizeOf(value: CacheValue): number {
  const html = typeof value.html === "string" ? Buffer.byteLength(value.html) : 0;
  return html + (value.rscData?.length ?? 0) + (value.body?.length ?? 0) + 1024;
}

export class PageCacheStore {
  readonly #entries = new Map<string, Entry>();
  /** When each tag was last invalidated (this process's clock, at receipt). */
  readonly #invalidatedAt = new Map<string, number>();
  /** When a miss was answered for a key: its render began then, so data read before a later invalidation may be in it. */
  readonly #missSince = new Map<string, number>();
  /** The key of the entry for each page path, by the tag Next.js gives that path (its last tag). */
  readonly #keyByPathTag = new Map<string, string>();
  #bytes = 0;
  #online = false;

  constructor(
    readonly maxBytes = 256 * 1024 * 1024,
    private readonly now: () => number = () => performance.timeOrigin + performance.now(),
  ) {}

  get online(): boolean {
    return this.#online;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: string, extraTags: readonly string[] = []): CacheHit | null {
    const entry = this.#online ? this.#entries.get(key) : undefined;
    if (entry && !this.#isStale(entry.lastModified, [...entry.tags, ...extraTags])) {
      // Least recently used goes first: a hit moves the entry to the end.
      this.#entries.delete(key);
      this.#entries.set(key, entry);
      return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
    }
    if (entry) this.#remove(key);
    if (!this.#missSince.has(key)) {
      if (this.#missSince.size > 10_000) this.#missSince.clear();
      this.#missSince.set(key, this.now());
    }
    return null;
  }

  set(key: string, value: CacheValue | null, cacheControl?: unknown): void {
    const renderedSince = this.#missSince.get(key) ?? this.now();
    this.#missSince.delete(key);
    this.#remove(key);
    // A server error (the database was down) is answered, never kept.
    if (!this.#online || !value || (value.status ?? 200) >= 500) return;
    const tags = tagsOf(value);
    if (this.#isStale(renderedSince, tags)) return;
    const bytes = sizeOf(value);
    if (bytes > this.maxBytes) return;
    this.#entries.set(key, { lastModified: renderedSince, value, cacheControl, tags, bytes });
    const pathTag = pathTagOf(key, tags);
    if (pathTag) this.#keyByPathTag.set(pathTag, key);
    this.#bytes += bytes;
    for (const [oldest] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#remove(oldest);
    }
  }

  /**
   * The value cached for the page at a path (by its tag, `_N_T_/claims/1`), while Next.js would
   * serve it as it is: kept, not invalidated, within its route's `revalidate` time. Not a read
   * Next.js makes, so it changes nothing (see replay.ts).
   */
  current(pathTag: string): CacheValue | null {
    const key = this.#keyByPathTag.get(pathTag);
    const entry = this.#online && key !== undefined ? this.#entries.get(key) : undefined;
    if (!entry || this.#isStale(entry.lastModified, entry.tags)) return null;
    return this.now() < entry.lastModified + lifetimeMs(entry.cacheControl) ? entry.value : null;
  }

  invalidate(tags: readonly string[]): void {
    const at = this.now();
    if (this.#invalidatedAt.size > 100_000) {
      // Forgetting old invalidations is safe only together with everything cached before them.
      this.#invalidatedAt.clear();
      this.#clearEntries();
      this.#invalidatedAt.set(EVERY_PAGE, at);
    }
    for (const tag of tags) this.#invalidatedAt.set(tag, at);
    if (tags.includes(EVERY_PAGE)) this.#clearEntries();
  }

  /** Listening: from now on every invalidation arrives, so pages may be kept. */
  goOnline(): void {
    this.#clearEntries();
    this.#online = true;
  }

  /** Not listening: invalidations may be missed, so nothing cached may be served. */
  goOffline(): void {
    this.#online = false;
    this.#clearEntries();
  }

  #isStale(since: number, tags: readonly string[]): boolean {
    for (const tag of [EVERY_PAGE, ...tags]) {
      const at = this.#invalidatedAt.get(tag);
      if (at !== undefined && at >= since) return true;
    }
    return false;
  }

  #remove(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }

  #clearEntries(): void {
    this.#entries.clear();
    this.#keyByPathTag.clear();
    this.#bytes = 0;
  }
}
