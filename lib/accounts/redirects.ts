/**
 * The path to return to after signing in. Only same-site paths are allowed: anything else
 * (another origin, a protocol-relative "//host", a backslash trick, a non-http scheme) gives
 * `fallback`, so the sign-in page can never be used as an open redirect.
 */
export function safeCallbackPath(raw: string | null | undefined, siteOrigin: string, fallback = "/"): string {
  if (!raw) return fallback;
  try {
    const base = new URL(siteOrigin);
    const target = new URL(raw, base);
    if (target.origin !== base.origin) return fallback;
    if (!raw.startsWith("/") && !raw.startsWith(base.origin)) return fallback;
    if (raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
    return `${target.pathname}${target.search}${target.hash}`;
  } catch {
    return fallback;
  }
}
