import { isIP } from "node:net";

/**
 * What a request's forwarding headers may say, decided once, before Next.js sees the request
 * (lib/platform/http-server.ts calls these for every request; they are pure so they are tested
 * as tables in tests/trusted-proxy.test.ts).
 *
 * Anyone can send X-Forwarded-For, X-Forwarded-Host, X-Forwarded-Proto, X-Real-IP or Forwarded.
 * They are believed only as far as TRUST_PROXY says proxies stand in front of the app:
 *
 * - TRUST_PROXY=0 (default): the client is the socket's peer. Every one of those headers is
 *   deleted, so neither Next.js (its Server Action origin check compares Origin with
 *   X-Forwarded-Host when present), next-auth, nor our own code can be told another host or IP.
 * - TRUST_PROXY=n: each proxy appends the address it received the request from to
 *   X-Forwarded-For, so with the socket's peer as the last hop the client is the address n hops
 *   from the right of `X-Forwarded-For, socket` (with fewer entries, the leftmost). Whatever the
 *   client itself sent stands further left and is never read. X-Forwarded-Host/-Proto/-Port are
 *   read the same way: the value n from the right of the list (the one the outermost trusted proxy
 *   set or appended; a single value when the proxies overwrite it). Only those computed values
 *   are passed on, one each.
 *
 * The client's address always reaches the app in CLIENT_IP_HEADER, which the server overwrites
 * on every request (a client cannot send its own).
 */

/** The request header in which the server tells the app the client's address. */
export const CLIENT_IP_HEADER = "x-claim-ledger-client-ip";

/** Headers a client may send to claim another address, host or scheme; never passed on as sent. */
export const FORWARDING_HEADERS = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip"] as const;

/** Node's IncomingHttpHeaders, or anything shaped like it. */
export type RawHeaders = Record<string, string | string[] | undefined>;

export interface NormalisedRequest {
  /** The client's address (IPv4, or IPv6 without brackets or zone; an IPv4-mapped IPv6 as IPv4). */
  clientIp: string;
  /** A copy of the headers as Next.js must see them. */
  headers: RawHeaders;
}

/** The comma-separated entries of a header, over all its lines, trimmed, empty ones dropped. */
function entries(value: string | string[] | undefined): string[] {
  const lines = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return lines.flatMap((line) => line.split(",")).map((entry) => entry.trim()).filter(Boolean);
}

/**
 * An address as a proxy may write it ("1.2.3.4", "1.2.3.4:5678", "[2001:db8::1]:443",
 * "::ffff:1.2.3.4", "fe80::1%eth0") in one form, or null when it is not an IP address.
 */
export function normaliseIp(raw: string | undefined): string | null {
  if (!raw) return null;
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = value.replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(value);
  if (mapped) value = mapped[1]!;
  return isIP(value) ? value : null;
}

/**
 * The client's address: the socket's peer when no proxy is trusted, else the entry `trustProxy`
 * hops from the right of X-Forwarded-For + the socket's peer. An entry that is not an address
 * (a proxy may write "unknown") is passed over for the next one to its right, the hop that wrote it.
 */
export function clientAddress(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, trustProxy: number): string {
  const socket = normaliseIp(socketAddress) ?? "unknown";
  if (trustProxy <= 0) return socket;
  const chain = [...entries(forwardedFor), socket];
  for (let index = Math.max(0, chain.length - 1 - trustProxy); index < chain.length - 1; index++) {
    const address = normaliseIp(chain[index]);
    if (address) return address;
  }
  return socket;
}

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** A Host / X-Forwarded-Host value that is a host name or IP address with an optional port; else null. */
export function validHost(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  return value && value.length <= 261 && HOST.test(value) ? value.toLowerCase() : null;
}

const VALID: Record<"x-forwarded-host" | "x-forwarded-proto" | "x-forwarded-port", (value: string) => string | null> = {
  "x-forwarded-host": validHost,
  "x-forwarded-proto": (value) => (/^https?$/i.test(value) ? value.toLowerCase() : null),
  "x-forwarded-port": (value) => (/^\d{1,5}$/.test(value) ? value : null),
};

/**
 * The headers as the app must see them, and the client's address (see the module comment).
 * Returns a copy; `headers` is not changed.
 */
export function normaliseForwardedHeaders(headers: RawHeaders, socketAddress: string | undefined, trustProxy: number): NormalisedRequest {
  const clientIp = clientAddress(headers["x-forwarded-for"], socketAddress, trustProxy);
  const result: RawHeaders = { ...headers };
  for (const name of FORWARDING_HEADERS) delete result[name];
  if (trustProxy > 0) {
    result["x-forwarded-for"] = clientIp;
    for (const [name, valid] of Object.entries(VALID)) {
      const list = entries(headers[name]);
      const value = list.length > 0 ? valid(list[Math.max(0, list.length - trustProxy)]!) : null;
      if (value) result[name] = value;
    }
  }
  result[CLIENT_IP_HEADER] = clientIp;
  return { clientIp, headers: result };
}

/**
 * A request that Next.js would treat as a Server Action: a POST with a `Next-Action` header (the
 * client router's call), or a multipart form POST (a form submitted before the page's JavaScript
 * ran, which names its action in the body).
 */
export function isServerActionRequest(method: string | undefined, headers: RawHeaders): boolean {
  if (method !== "POST") return false;
  const contentType = headers["content-type"];
  return headers["next-action"] !== undefined || (typeof contentType === "string" && contentType.toLowerCase().startsWith("multipart/form-data"));
}

/**
 * With a configured public origin, a Server Action must come from a page of that origin: the
 * browser's Origin header must equal it exactly (scheme, host and port), so `http://` against an
 * https site is refused too. A missing or `null` Origin is refused (browsers send it on every
 * POST). Without a configured origin, Next.js's own check (Origin against Host) is the only one.
 */
export function refusesServerAction(method: string | undefined, headers: RawHeaders, siteOrigin: string | null): boolean {
  if (!siteOrigin || !isServerActionRequest(method, headers)) return false;
  const origin = headers.origin;
  if (typeof origin !== "string") return true;
  return URL.parse(origin)?.origin !== siteOrigin;
}
