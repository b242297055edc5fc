import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
// Its own build directory, so a second run (another port) does not overwrite the first one's build.
const DIST_DIR = process.env.E2E_DIST_DIR ?? ".next-e2e";
// Its own throwaway embedded database, never the development data.
const dataDir = path.join(tmpdir(), `claim-ledger-e2e-${process.pid}`, "postgres");
// A second server of the same build, with review before publishing on, for the two-editor journey
// (e2e/team-review.spec.ts); the others are one editor's and run where changes apply at once.
const REVIEW_PORT = PORT + 1;
const reviewURL = `http://127.0.0.1:${REVIEW_PORT}`;

/*
 * Playwright cannot download its browsers here; Debian's chromium works
 * (`apt-get install chromium`, done by .ci/run). The flags keep it off the network.
 */
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "e2e",
  forbidOnly: Boolean(process.env.CI),
  /*
   * One retry on CI, reported as "flaky" in the list, never hidden. Debian's headless Chromium on
   * this loaded 2-core machine now and then stops compositing a page for good: requestAnimationFrame
   * never fires again, so every click waits forever for its element to be "stable" (a failed run's
   * trace: no screencast frame after the stall while the DOM kept changing). A new page is the cure.
   */
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: "list",
  timeout: 30_000,
  use: { baseURL, trace: "retain-on-failure" },
  projects: [
    { name: "chromium", testIgnore: /team-review\.spec\.ts$/, use: { ...devices["Desktop Chrome"], launchOptions: chromium } },
    { name: "review", testMatch: /team-review\.spec\.ts$/, use: { ...devices["Desktop Chrome"], launchOptions: chromium, baseURL: reviewURL } },
  ],
  // Started one after the other: the second serves the build the first made.
  webServer: [
    {
      // Always a fresh production build, so the tests never run against stale output.
      command: `NEXT_DIST_DIR=${DIST_DIR} npm run build && NEXT_DIST_DIR=${DIST_DIR} tsx scripts/run.ts start --port ${PORT} --embedded --fresh --demo-accounts --data-dir ${dataDir}`,
      url: `${baseURL}/api/health`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
      // The public URL, as in production: cached pages and feeds name the site by it.
      env: { SITE_URL: baseURL, REVIEW_BEFORE_PUBLISHING: "off" },
    },
    {
      command: `NEXT_DIST_DIR=${DIST_DIR} tsx scripts/run.ts start --port ${REVIEW_PORT} --embedded --fresh --demo-accounts --data-dir ${dataDir}-review`,
      url: `${reviewURL}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
      env: { SITE_URL: reviewURL, REVIEW_BEFORE_PUBLISHING: "on" },
    },
  ],
});
