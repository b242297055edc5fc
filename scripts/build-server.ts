/**
 * `npm run build`'s second step: bundles our HTTP server (scripts/server.ts and the lib/ modules it
 * imports) into plain JavaScript beside the Next.js build, `<distDir>/claim-ledger-server.mjs`, which
 * `npm start` runs with plain Node.js. Run through tsx instead, every module Next.js imports while
 * serving (its cache handler on every request) would be resolved through tsx's loader thread: about
 * 2 ms of CPU a request. Packages stay outside the bundle, loaded from node_modules as before.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

export const SERVER_BUNDLE = "claim-ledger-server.mjs";

export function serverBundlePath(distDir = process.env.NEXT_DIST_DIR ?? ".next"): string {
  return path.join(distDir, SERVER_BUNDLE);
}

export async function buildServerBundle(distDir?: string): Promise<void> {
  await build({
    entryPoints: ["scripts/server.ts"],
    outfile: serverBundlePath(distDir),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
}

/** How `npm start` runs the server: the bundle of the build in NEXT_DIST_DIR, made now if that build has none (built by `next build` alone). */
export async function productionServerArgs(): Promise<string[]> {
  if (!existsSync(serverBundlePath())) await buildServerBundle();
  return [serverBundlePath()];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await buildServerBundle();
