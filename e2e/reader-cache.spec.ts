import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/accounts/demo-accounts.ts";
import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from "../lib/platform/cache-headers.ts";
import { STATUS } from "../lib/status.ts";
import { createClaim, openTab, region, signIn, unique } from "./support.ts";

const [, editor] = DEMO_ACCOUNTS;

/** Every public response that shows one claim. */
const claimResponses = (id: string) => [`/claims/${id}`, `/api/claims/${id}`];

async function read(request: APIRequestContext, path: string, headers: Record<string, string> = {}): Promise<APIResponse> {
  return request.get(path, { headers, maxRedirects: 0 });
}

test("a reader never sees a page older than the last change: publish, status, unpublish, each shown at once from the cache", async ({ page, request }) => {
  test.setTimeout(90_000);
  await signIn(page, editor, "/editor");
  const word = unique();
  const summary = `Cached until it changes ${word}.`;
  const search = `/search?q=${word}`;
  const editorPath = await createClaim(page, summary);
  const id = editorPath.split("/").pop()!;

  // A search asked for the first time each (a new parameter each read) is rendered, but its counts
  // are kept between requests (lib/public/cached-search-counts.ts): every change must drop them too.
  let asked = 0;
  const counts = async () => {
    const json = await (await read(request, `/api/claims?q=${word}&limit=${10 + asked++}`)).json();
    return { total: json.total, statusCounts: Object.fromEntries(Object.entries(json.statusCounts).filter(([, count]) => count !== 0)) };
  };
  expect(await counts()).toEqual({ total: 0, statusCounts: {} });

  // A draft: readers get 404, and keep getting it from the cache until it is published.
  for (const path of claimResponses(id)) expect((await read(request, path)).status(), path).toBe(404);
  expect((await read(request, `/claims/${id}`)).headers()["x-nextjs-cache"]).toBe("HIT");

  await region(page, "Draft").getByRole("button", { name: "Publish" }).click();
  await expect(region(page, "Published").getByRole("status")).toHaveText("Published: readers can see the claim.");
  const published = await read(request, `/claims/${id}`);
  expect(published.status()).toBe(200);
  expect(await published.text()).toContain(summary);
  expect((await read(request, "/")).status()).toBe(200);
  expect(await (await read(request, "/")).text()).toContain(summary);
  // Served from the cache now, to any number of readers.
  expect((await read(request, `/claims/${id}`)).headers()["x-nextjs-cache"]).toBe("HIT");
  expect((await read(request, "/")).headers()["x-nextjs-cache"]).toBe("HIT");
  // A search asked for the first time is rendered for that reader; asked again, it is cached.
  const firstTime = await read(request, search);
  expect(await firstTime.text()).toContain(summary);
  expect(firstTime.headers()["x-nextjs-cache"]).toBeUndefined();
  expect(await (await read(request, search)).text()).toContain(summary);
  expect((await read(request, search)).headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await counts()).toEqual({ total: 1, statusCounts: { PENDING: 1 } });

  // A status change: the very next read shows it, on the page, the index and the JSON.
  const status = await openTab(page, "Status and outcomes");
  await status.getByLabel("New status", { exact: true }).selectOption("IN_PROGRESS");
  await status.getByLabel("Rationale", { exact: true }).fill("Talks resumed this week.");
  await status.getByRole("button", { name: "Change status" }).click();
  await expect(status.getByRole("status")).toHaveText("Status changed.");
  expect(await (await read(request, `/claims/${id}`)).text()).toContain(STATUS.IN_PROGRESS.label);
  expect((await (await read(request, `/api/claims/${id}`)).json()).status).toBe("IN_PROGRESS");
  expect(await (await read(request, search)).text()).toContain(STATUS.IN_PROGRESS.label);
  expect(await counts()).toEqual({ total: 1, statusCounts: { IN_PROGRESS: 1 } });

  // Unpublished: gone from every public response at once.
  await region(page, "Published").getByRole("button", { name: "Unpublish" }).click();
  await expect(region(page, "Draft").getByRole("status")).toHaveText(/Unpublished/);
  for (const path of claimResponses(id)) expect((await read(request, path)).status(), path).toBe(404);
  expect(await (await read(request, "/")).text()).not.toContain(summary);
  expect(await (await read(request, search)).text()).not.toContain(summary);
  expect(await counts()).toEqual({ total: 0, statusCounts: {} });
});

test("a reader and an editor get the same cached page, and neither gets the other's header or caching rules", async ({ page, request }) => {
  await signIn(page, editor, "/claims/1");
  await expect(page.getByTestId("signed-in-user")).toContainText(editor.name);
  await expect(page.getByRole("navigation", { name: "Workbench" }).getByRole("link", { name: "Editor" })).toBeVisible();

  const asReader = await read(request, "/claims/1");
  const asEditor = await page.request.get("/claims/1");
  const readerBody = await asReader.text();
  expect(await asEditor.text()).toBe(readerBody);
  expect(readerBody).not.toContain(editor.name);
  expect(readerBody).not.toContain('href="/editor"');
  expect(asReader.headers()["cache-control"]).toBe(PUBLIC_CACHE_CONTROL);
  expect(asEditor.headers()["cache-control"]).toBe(PRIVATE_CACHE_CONTROL);

  // Who is signed in is asked separately, and never kept.
  const session = await page.request.get("/api/session");
  expect(await session.json()).toMatchObject({ signedIn: true, name: editor.name });
  expect(session.headers()["cache-control"]).toBe("private, no-store");
  expect(await (await request.get("/api/session")).json()).toEqual({ signedIn: false });
});

test("a client that has the page already gets 304 Not Modified, for pages, feeds and JSON alike", async ({ request }) => {
  for (const path of ["/claims/1", "/", "/api/claims/1", "/feed.xml", "/sitemap.xml", "/sitemap/claims-0.xml", "/claimants/antony-blinken"]) {
    const first = await read(request, path);
    expect(first.status(), path).toBe(200);
    const etag = first.headers().etag;
    expect(etag, path).toMatch(/^(W\/)?"[^"]+"$/);
    expect(first.headers()["cache-control"], path).toBe(PUBLIC_CACHE_CONTROL);
    const again = await read(request, path, { "If-None-Match": etag! });
    expect(again.status(), path).toBe(304);
    expect((await again.body()).length, path).toBe(0);
    expect((await read(request, path, { "If-None-Match": '"something-else"' })).status(), path).toBe(200);
  }
});
