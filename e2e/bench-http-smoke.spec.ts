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
  // A search asked again is served from its cached copy; asked anew each request, it is rendered for it.
  expect(output.text).toMatch(/\| \/\?q=tangible \| [\d,]+ \|.*\| HIT \|/);
  expect(output.text).toMatch(/\| \/\?q=tangible&n=… \(asked anew each request\) \| [\d,]+ \|.*\| — \|/);
  // The JSON API's searches rendered per request, in windows alternating with their raw SQL: the same search
  // asked anew (its counts kept), and never counted before, each compared.
  const pairRow = /\| 1 \| [\d,]+ \| [\d.,]+ \/ [\d.,]+ \| — \| [\d,]+ \| [\d.,]+ \/ [\d.,]+ \| [\d.]+ \|/g;
  expect(output.text.match(pairRow)).toHaveLength(2);
  expect(output.text).toMatch(/median of 1 pair\(s\): [\d.]+ \(pairs from [\d.]+ to [\d.]+\) for the same search asked anew each request; [\d.]+ \(pairs from [\d.]+ to [\d.]+\) for the same search never counted before/);
  expect(output.text).toMatch(/\(took the change; 1 worker\(s\)\) \| [\d.]+ \| [\d.]+ \|/);
  expect(output.text).toMatch(/\(another process\) \| [\d.]+ \| [\d.]+ \|/);
});
