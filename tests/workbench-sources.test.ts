import { beforeAll, describe, expect, it } from "vitest";
import { anchorQuote } from "@/lib/anchors.ts";
import { AuthorizationError, DomainError } from "@/lib/errors.ts";
import { normaliseText, textFromHtml, textFromUpload } from "@/lib/workbench/source-text.ts";
import { createSource, deleteSource, listOrphanedClaims, listSources, sourceInputSchema, updateSource } from "@/lib/workbench/sources.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

const {
  prisma,
  users: { editor },
} = useMigratedDatabase({ users: { editor: { role: "EDITOR" } } });
let claimantId: number;

const BODY = "Intro line.\nBlinken said the sides made tangible progress on a durable peace agreement.\nTalks will continue.";
const input = (overrides: Partial<Record<string, string>> = {}) =>
  sourceInputSchema.parse({ title: "Talks end", publisher: "", author: "", url: "", publishedAt: "2023-05-04", body: BODY, ...overrides });

beforeAll(async () => {
  claimantId = (await prisma.claimant.create({ data: { slug: "antony-blinken", name: "Antony Blinken" } })).id;
});

async function claimOn(sourceId: number, body: string, quote: string) {
  const anchor = anchorQuote(body, quote);
  return prisma.claim.create({
    data: {
      quote,
      summary: "s",
      claimantId,
      sourceId,
      statedAt: new Date("2023-05-04"),
      kind: "ASSERTION",
      anchorExact: anchor.exact,
      anchorPrefix: anchor.prefix,
      anchorSuffix: anchor.suffix,
      anchorStart: anchor.start,
      anchorEnd: anchor.end,
    },
  });
}

describe("source input", () => {
  it("normalises line endings and blank fields, and checks url and date", () => {
    const parsed = sourceInputSchema.parse({ title: " T ", publisher: " ", author: "", url: "", publishedAt: "", body: "a\r\nb  \r\n\r\n\r\n\r\nc" });
    expect(parsed).toEqual({ title: "T", publisher: null, author: null, url: null, publishedAt: null, retrievedAt: null, archiveUrls: [], body: "a\nb\n\nc" });
    const bad = sourceInputSchema.safeParse({ title: "", url: "javascript:alert(1)", publishedAt: "04/05/2023", body: "  " });
    expect(bad.success).toBe(false);
    expect(Object.keys(bad.error!.flatten().fieldErrors).sort()).toEqual(["body", "publishedAt", "title", "url"]);
    const impossible = sourceInputSchema.safeParse({ title: "T", publishedAt: "2025-02-30", body: "Text\u0000" });
    expect(impossible.error!.flatten().fieldErrors).toEqual({
      publishedAt: ["There is no 30 February 2025."],
      body: ["The article's text: remove the control character U+0000 at position 5."],
    });
  });
});

describe("uploads", () => {
  it("turns an HTML article into readable text with a library, dropping scripts and navigation", () => {
    const html = `<!doctype html><html><head><title>Peace talks</title><style>p{}</style></head><body>
      <nav>Home | World</nav><article><h1>Peace talks</h1><p>Aliyev said: &ldquo;peace is within reach&rdquo;.</p>
      <p>Second <a href="https://x.example">paragraph</a> &amp; more.</p><script>alert(1)</script></article></body></html>`;
    const { text, title } = textFromHtml(html);
    expect(title).toBe("Peace talks");
    expect(text).toBe("Peace talks\n\nAliyev said: “peace is within reach”.\n\nSecond paragraph & more.");
  });

  it("reads .txt and .md as UTF-8 text and refuses other files, bad encodings and large files", async () => {
    const txt = await textFromUpload(new File(["\uFEFFƏliyev and Paşinyan\r\n"], "a.txt"));
    expect(txt.text).toBe("Əliyev and Paşinyan");
    await expect(textFromUpload(new File(["x"], "a.pdf"))).rejects.toThrow(DomainError);
    await expect(textFromUpload(new File([new Uint8Array([0xff, 0xfe, 0x41])], "latin1.txt"))).rejects.toThrow(/not UTF-8/);
    await expect(textFromUpload(new File([new Uint8Array(2 * 1024 * 1024 + 1)], "big.txt"))).rejects.toThrow("The file is 2.1 MB; the limit is 2 MB.");
  });

  it("keeps text that is already normal unchanged", () => {
    expect(normaliseText(BODY)).toBe(BODY);
  });
});

describe("sources", () => {
  it("creates and lists sources, finding them by title or publisher whatever the case", async () => {
    await createSource(prisma, editor, input({ title: "Unique Title Here", publisher: "ILKHA" }));
    expect((await listSources(prisma, "unique title")).map((s) => s.title)).toEqual(["Unique Title Here"]);
    expect((await listSources(prisma, "ilkha")).length).toBe(1);
  });

  it("refuses a second source with the same URL, on the url field", async () => {
    await createSource(prisma, editor, input({ url: "https://news.example/a" }));
    const error = await createSource(prisma, editor, input({ url: "https://news.example/a" })).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.fieldErrors.url).toEqual(["Another source already has this URL."]);
  });

  it("refuses a reader-level actor even if called directly", async () => {
    await expect(createSource(prisma, { id: editor.id, role: "READER" as never }, input())).rejects.toThrow(AuthorizationError);
  });

  it("re-locates anchors when the text is edited, and orphans those whose words are gone, with events", async () => {
    const source = await createSource(prisma, editor, input());
    const kept = await claimOn(source.id, BODY, "tangible progress");
    const lost = await claimOn(source.id, BODY, "Talks will continue");

    const edited = `A new first paragraph.\n${BODY.replace("Talks will continue.", "Talks stopped.")}`;
    const report = await updateSource(prisma, editor, source.id, { ...input({ body: edited }), versionReason: "Restructured." });
    expect(report).toEqual({ relocated: [kept.id], orphaned: [lost.id] });

    const keptNow = await prisma.claim.findUniqueOrThrow({ where: { id: kept.id } });
    expect(edited.slice(keptNow.anchorStart!, keptNow.anchorEnd!)).toBe("tangible progress");
    expect(keptNow.version).toBe(kept.version + 1);
    const lostNow = await prisma.claim.findUniqueOrThrow({ where: { id: lost.id } });
    expect([lostNow.anchorStart, lostNow.anchorEnd, lostNow.anchorExact]).toEqual([null, null, "Talks will continue"]);
    expect((await listOrphanedClaims(prisma)).map((c) => c.id)).toContain(lost.id);

    const events = await prisma.claimEvent.findMany({ where: { claimId: { in: [kept.id, lost.id] } }, orderBy: { claimId: "asc" } });
    expect(events.map((e) => [e.claimId, e.type, e.actorId])).toEqual([
      [kept.id, "EDITED", editor.id],
      [lost.id, "EDITED", editor.id],
    ]);
    expect(events[1]!.diff).toEqual({ anchorStart: { from: lost.anchorStart, to: null }, anchorEnd: { from: lost.anchorEnd, to: null } });
  });

  it("writes no event when the text did not change", async () => {
    const source = await createSource(prisma, editor, input());
    const claim = await claimOn(source.id, BODY, "durable peace agreement");
    expect(await updateSource(prisma, editor, source.id, input({ title: "Renamed" }))).toEqual({ relocated: [], orphaned: [] });
    expect(await prisma.claimEvent.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("deletes an unused source, and refuses one that a claim uses, changing nothing", async () => {
    const unused = await createSource(prisma, editor, input());
    await deleteSource(prisma, editor, unused.id);
    expect(await prisma.source.findUnique({ where: { id: unused.id } })).toBeNull();

    const used = await createSource(prisma, editor, input());
    const claim = await claimOn(used.id, BODY, "Intro line.");
    await expect(deleteSource(prisma, editor, used.id)).rejects.toThrow("This source cannot be deleted: 1 claim use it.");
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).sourceId).toBe(used.id);
    await expect(deleteSource(prisma, editor, 999_999)).rejects.toThrow("That source no longer exists.");
  });
});
