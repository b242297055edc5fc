import { z } from "zod";

/** Blank or whitespace-only counts as unset (an empty `SITE_URL=` line in .env.local). */
const unsetWhenBlank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : typeof value === "string" ? value.trim() : value);

/** An http(s) URL; only its origin (scheme, host, port) is used. */
const publicUrl = (name: string) =>
  z.url({ protocol: /^https?$/, error: `${name} must be an http:// or https:// URL, e.g. https://claims.example.org` });

/** SITE_URL is an origin: the app has no base path, so a path, query or fragment is a mistake. */
const siteUrl = publicUrl("SITE_URL").refine((raw) => {
  const url = URL.parse(raw);
  return !url || ((url.pathname === "/" || url.pathname === "") && !url.search && !url.hash && !url.username && !url.password);
}, "SITE_URL must be an origin only (scheme, host and port), e.g. https://claims.example.org, without a path");

const TRUST_PROXY_MESSAGE = "TRUST_PROXY must be the number of proxies in front of the app: 0 (none, the default), 1, 2 …";

export const publicUrlEnvSchema = z
  .object({
    SITE_URL: z.preprocess(unsetWhenBlank, siteUrl.optional()),
    NEXTAUTH_URL: z.preprocess(unsetWhenBlank, publicUrl("NEXTAUTH_URL").optional()),
    TRUST_PROXY: z.preprocess(
      unsetWhenBlank,
      z.string().regex(/^\d{1,2}$/, TRUST_PROXY_MESSAGE).default("0").transform(Number),
    ),
  })
  .refine(
    ({ SITE_URL, NEXTAUTH_URL }) => !SITE_URL || !NEXTAUTH_URL || URL.parse(SITE_URL)?.origin === URL.parse(NEXTAUTH_URL)?.origin,
    { path: ["NEXTAUTH_URL"], message: "NEXTAUTH_URL must have the same origin as SITE_URL (or leave it unset: it defaults to SITE_URL)" },
  );

/** Connections in each app process's pool; pg's default, 10, unless DATABASE_POOL_SIZE says otherwise. */
const DEFAULT_POOL_SIZE = 10;

const poolSizeSchema = z.preprocess(
  unsetWhenBlank,
  z
    .string()
    .regex(/^[1-9]\d{0,2}$/, "DATABASE_POOL_SIZE must be a whole number of connections from 1 to 999")
    .default(String(DEFAULT_POOL_SIZE))
    .transform(Number),
);

const serverEnvSchema = z
  .object({
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgresql:// URL" }),
    DATABASE_POOL_SIZE: poolSizeSchema,
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  })
  .and(publicUrlEnvSchema);

export type ServerEnv = z.infer<typeof serverEnvSchema>;

/** process.env, or any table of variables (the tests pass their own). */
type Variables = Record<string, string | undefined>;

function parseOrThrow<T>(schema: z.ZodType<T>, source: Variables): T {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  return result.data;
}

/** Parses the server environment; a missing or malformed variable fails loudly with its name. */
export function parseServerEnv(source: Variables = process.env): ServerEnv {
  return parseOrThrow(serverEnvSchema, source);
}

/**
 * Where the site is and who may say where a request came from:
 * - `siteOrigin`: the origin of SITE_URL, else of NEXTAUTH_URL, else null (then the request's own
 *   Host header names the site; see lib/site.ts).
 * - `trustProxy`: how many reverse proxies stand in front of the app (TRUST_PROXY, default 0).
 *   Only then are X-Forwarded-For/-Host/-Proto believed, and only as far as that many hops
 *   (lib/platform/trusted-proxy.ts).
 */
export interface PublicUrlEnv {
  siteOrigin: string | null;
  trustProxy: number;
}

/** Parses SITE_URL, NEXTAUTH_URL and TRUST_PROXY; a malformed one fails loudly with its name. */
export function parsePublicUrlEnv(source: Variables = process.env): PublicUrlEnv {
  const env = parseOrThrow(publicUrlEnvSchema, source);
  const configured = env.SITE_URL ?? env.NEXTAUTH_URL;
  return { siteOrigin: configured ? new URL(configured).origin : null, trustProxy: env.TRUST_PROXY };
}

let cached: { key: string; env: PublicUrlEnv } | undefined;

/** parsePublicUrlEnv(process.env), parsed again only when one of the three variables changes. */
export function publicUrlEnv(): PublicUrlEnv {
  const key = JSON.stringify([process.env.SITE_URL, process.env.NEXTAUTH_URL, process.env.TRUST_PROXY]);
  if (cached?.key !== key) cached = { key, env: parsePublicUrlEnv(process.env) };
  return cached.env;
}

/** DATABASE_POOL_SIZE, checked: each app process keeps at most this many connections. */
export function databasePoolSize(source: Variables = process.env): number {
  return parseOrThrow(z.object({ DATABASE_POOL_SIZE: poolSizeSchema }), source).DATABASE_POOL_SIZE;
}

const REVIEW_MESSAGE = "REVIEW_BEFORE_PUBLISHING must be on or off (also true/false, 1/0)";

const reviewSchema = z.object({
  REVIEW_BEFORE_PUBLISHING: z.preprocess(unsetWhenBlank, z.enum(["on", "off", "true", "false", "1", "0"], { error: REVIEW_MESSAGE }).optional()),
  NODE_ENV: z.string().optional(),
});

/**
 * REVIEW_BEFORE_PUBLISHING: whether a first publication, a verdict change on a claim readers saw and
 * a withdrawal wait for a second editor's approval (lib/workbench/reviews.ts). On by default in
 * production, off in development and tests.
 */
export function reviewBeforePublishing(source: Variables = process.env): boolean {
  const { REVIEW_BEFORE_PUBLISHING: value, NODE_ENV } = parseOrThrow(reviewSchema, source);
  if (value === undefined) return NODE_ENV === "production";
  return value === "on" || value === "true" || value === "1";
}
