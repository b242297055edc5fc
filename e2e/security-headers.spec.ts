import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/accounts/demo-accounts.ts";
import { strictTransportSecurity } from "../lib/platform/security-headers.ts";
import { expectNoSeriousAxeViolations } from "./reader-axe.ts";
import { createClaim, fillSignIn, region, signIn, unique } from "./support.ts";

const [admin, editor] = DEMO_ACCOUNTS;

/**
 * One of every kind of page a reader can open, and a page that does not exist; whether it is served
 * from the page cache (the same for every reader: its scripts allowed by hash) or rendered per
 * request (a fresh nonce).
 */
// The 404 page is the same for every path, and cached like the others.
// A search is rendered per request when first asked, and cached from its second asking; this one is asked nowhere else.
const newSearch = `/?q=tangible+${unique()}`;
const PUBLIC_PAGES: [path: string, status: number, cached: boolean][] = [
  ["/", 200, true],
  [newSearch, 200, false],
  [newSearch, 200, true],
  ["/claims/1", 200, true],
  ["/claimants", 200, true],
  ["/claimants/antony-blinken", 200, true],
  ["/sources", 200, true],
  ["/sources/1", 200, true],
  ["/signin", 200, false],
  ["/no-such-page", 404, true],
];

const sha256 = async (text: string) => {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return `'sha256-${Buffer.from(digest).toString("base64")}'`;
};

/** The directives of a policy by name, each with its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

/**
 * Collects every CSP violation of the page from the moment it is called: the browser's console
 * report ("Refused to … because it violates the following Content Security Policy directive") and
 * the `securitypolicyviolation` event, listened to in every document before any of its scripts run.
 * Permissions-Policy header errors are collected too (an unknown feature is reported there).
 */
async function watchViolations(page: Page): Promise<string[]> {
  const found: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Permissions-Policy/i.test(message.text())) found.push(`console ${message.type()}: ${message.text()}`);
  });
  await page.exposeFunction("__reportCspViolation", (report: string) => found.push(`event: ${report}`));
  await page.addInitScript(() => {
    document.addEventListener(
      "securitypolicyviolation",
      (event) => {
        const report = (window as unknown as { __reportCspViolation: (report: string) => void }).__reportCspViolation;
        report(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} on ${event.documentURI} (${event.sample})`);
      },
      true,
    );
  });
  return found;
}

/** Lets the page settle (hydration, prefetches), so a late violation is seen too. */
async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
}

test("every public page type carries the security headers; its scripts carry the response's nonce, or a cached page's policy lists them by hash", async ({ request }) => {
  const hsts = strictTransportSecurity() ?? null;
  const nonces = new Set<string>();
  for (const [path, status, cached] of PUBLIC_PAGES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    const headers = response.headers();
    expect(headers["content-type"], path).toContain("text/html");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toBe("camera=(), microphone=(), geolocation=(), browsing-topics=()");
    expect(headers["x-frame-options"], path).toBe("DENY");
    // The server runs with the test's environment: plain http here, so no HSTS unless configured.
    expect(headers["strict-transport-security"] ?? null, path).toBe(hsts);

    const policy = directives(headers["content-security-policy"] ?? "");
    expect(policy.get("default-src"), path).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors"), path).toEqual(["'none'"]);
    expect(policy.get("object-src"), path).toEqual(["'none'"]);
    expect(policy.get("base-uri"), path).toEqual(["'self'"]);
    expect(policy.get("form-action"), path).toEqual(["'self'"]);
    expect(policy.get("img-src"), path).toEqual(["'self'", "data:"]);
    expect(policy.get("style-src"), path).toEqual(["'self'", "'unsafe-inline'"]);
    const scriptSrc = policy.get("script-src") ?? [];
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attributes = "", body = ""]) => ({ attributes, body }));
    expect(scripts.length, path).toBeGreaterThan(0);
    if (cached) {
      // Exactly this page's inline scripts, by hash, and this origin's script files: no nonce, no 'unsafe-inline'.
      const inline = scripts.filter((script) => !/\bsrc=/.test(script.attributes));
      const hashes = [...new Set(await Promise.all(inline.map((script) => sha256(script.body))))];
      expect(scriptSrc, path).toEqual(["'self'", ...hashes]);
    } else {
      expect(scriptSrc, path).toEqual(["'self'", expect.stringMatching(/^'nonce-[A-Za-z0-9+/]+={0,2}'$/), "'strict-dynamic'"]);
      const nonce = scriptSrc[1]!.slice("'nonce-".length, -1);
      nonces.add(nonce);
      // Every script Next.js wrote into the page carries this response's nonce (JSON-LD is data, not a script).
      for (const { attributes } of scripts.filter((script) => !script.attributes.includes('type="application/ld+json"'))) {
        expect(attributes, path).toContain(`nonce="${nonce}"`);
      }
    }
  }
  expect(nonces.size).toBe(PUBLIC_PAGES.filter(([, , cached]) => !cached).length);

  // API routes, feeds and the sitemap are not pages: no policy, the fixed headers still.
  for (const path of ["/api/claims", "/api/claims?q=aliyev", "/feed.xml", "/sitemap.xml"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toBeUndefined();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["x-frame-options"], path).toBe("DENY");
  }
});

test("reader pages run their scripts under the policy with no violation, and stay accessible", async ({ page }) => {
  test.setTimeout(120_000); // seven axe runs
  const violations = await watchViolations(page);
  for (const path of ["/", "/?q=tangible", "/claims/1", "/claimants", "/claimants/antony-blinken", "/sources", "/sources/1"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await settle(page);
    await expectNoSeriousAxeViolations(page);
  }
  expect(violations).toEqual([]);

  // Next.js's scripts ran: a link is followed by the client router, without loading a new document.
  await page.goto("/");
  await settle(page);
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Claimants" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Claimants" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  expect(violations).toEqual([]);
});

test("the watch sees a violation: an inline script without the response's nonce is refused and reported", async ({ page }) => {
  const violations = await watchViolations(page);
  // The page as served (its policy included), with one inline script added to its HTML.
  await page.route("**/sources", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", "<script>window.injected = true</script></body>");
    await route.fulfill({ response, body: html });
  });
  await page.goto("/sources");
  await expect(page.getByRole("heading", { level: 1, name: "Sources" })).toBeVisible();
  await expect.poll(() => violations.some((found) => found.startsWith("event: script-src"))).toBe(true);
  await expect.poll(() => violations.some((found) => found.startsWith("console") && found.includes("Content Security Policy"))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
});

test("sign-in, the claim form and a source's selection work under the policy with no violation", async ({ page }) => {
  test.setTimeout(60_000);
  const violations = await watchViolations(page);

  // next-auth's client signs in (without script, the form would not be sent to next-auth at all).
  await signIn(page, editor, "/editor");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await settle(page);

  // The claim form (useActionState) creates a draft and leads to its page.
  await createClaim(page, `Checked under the content security policy ${unique()}.`);
  await settle(page);

  // Selecting words in a source's text offers them as a new claim's quote.
  await page.goto("/editor/sources/1");
  const text = page.getByLabel("Select a statement", { exact: true });
  await expect(text).toBeVisible();
  await settle(page);
  await text.focus();
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < 12; i++) await page.keyboard.press("Shift+ArrowRight");
  await expect(page.getByText(/^Selected: “/)).toBeVisible();
  await page.getByRole("button", { name: "New claim from selection" }).click();
  await expect(page).toHaveURL(/\/editor\/claims\/new\?source=1&quote=/);
  await settle(page);

  expect(violations).toEqual([]);
});

test("a suggestion's buttons work under the policy with no violation, and the page stays accessible", async ({ page }) => {
  test.setTimeout(60_000);
  const violations = await watchViolations(page);
  // A source of our own: other specs read the demo sources' suggestions at the same time.
  await signIn(page, editor, "/editor/sources/new");
  const title = `CSP talks ${unique()}`;
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Article text", { exact: true }).fill("Foreign Minister Maria Lopez said the ceasefire would hold.");
  await page.getByRole("button", { name: "Add source" }).click();
  await page.getByRole("link", { name: "Open the source to select its claims" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await settle(page);

  const suggestions = region(page, "Suggested claims").getByRole("list", { name: "Suggestions in the order they appear in the text" });
  await expect(suggestions.getByRole("listitem").first()).toBeVisible();
  const count = await suggestions.getByRole("listitem").count();
  await suggestions.locator("summary").first().click();
  await suggestions.getByRole("button", { name: /^Dismiss/ }).first().click();
  await expect(suggestions.getByRole("listitem")).toHaveCount(count - 1);
  await page.getByRole("button", { name: /^Undo/ }).click();
  await expect(suggestions.getByRole("listitem")).toHaveCount(count);
  await settle(page);
  await expectNoSeriousAxeViolations(page);

  expect(violations).toEqual([]);
});

test("the admin's users page works under the policy with no violation", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin%2Fusers/);
  await fillSignIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await settle(page);
  await expectNoSeriousAxeViolations(page);
  expect(violations).toEqual([]);
});
