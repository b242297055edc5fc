import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

/*
 * A smoke run of `npm run bench:http` on the build the other specs use, so the benchmark does not
 * rot: its own database and servers, every page type under light load, and status changes made
 * through the real Server Action seen by both servers. Figures are printed, not asserted.
 */
test("the HTTP benchmark runs end to end: every page type loaded, every status change seen on both servers", async () => {
  test.setTimeout(300_000);
  const output = await new Promise<{ code: number | null; text: string }>((resolve) => {
    const bench = spawn(process.execPath, ["--import", "tsx", "bench/http.ts", "--smoke", "--workers=1"], {
      env: { ...process.env, NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e" },
    });
    let text = "";
    bench.stdout.on("data", (chunk: Buffer) => (text += chunk));
    bench.stderr.on("data", (chunk: Buffer) => (text += chunk));
    bench.on("exit", (code) => resolve({ code, text }));
  });
  console.log(output.text);
  expect(output.code, output.text).toBe(0);
  for (const page of ["/claims/", "/claimants", "/sources", "/feed.xml", "/sitemap.xml", "/sitemap/claims-", "/api/claims/"]) {
    expect(output.text).toMatch(new RegExp(`\\| ${page.replace(/\//g, "\\/")}\\S* \\| [\\d,]+ \\|.*\\| HIT \\|`));
  }
  // A search asked again is served from its cached copy; a new search each request is rendered for it.
  expect(output.text).toMatch(/\| \/\?q=tangible \| [\d,]+ \|.*\| HIT \|/);
  expect(output.text).toMatch(/\| \/\?q=tangible&n=… \(a new search each request\) \| [\d,]+ \|.*\| — \|/);
  // The JSON API's new search, in windows alternating with its raw SQL: rendered too, and compared.
  expect(output.text).toMatch(/\| 1 \| [\d,]+ \| [\d.,]+ \/ [\d.,]+ \| — \| [\d,]+ \| [\d.,]+ \/ [\d.,]+ \| [\d.]+ \|/);
  expect(output.text).toMatch(/median of 1 pair\(s\): [\d.]+ for a new search each request/);
  expect(output.text).toMatch(/\(took the change; 1 worker\(s\)\) \| [\d.]+ \| [\d.]+ \|/);
  expect(output.text).toMatch(/\(another process\) \| [\d.]+ \| [\d.]+ \|/);
});
