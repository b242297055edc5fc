import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { DomainError } from "@/lib/errors.ts";
import { attachmentDisposition, saveInInternetArchiveUrl } from "@/lib/public/source-provenance.ts";
import { getSourcePage } from "@/lib/public/public-sources.ts";
import { textFromUpload } from "@/lib/workbench/source-text.ts";
import { sourceFormValues } from "@/lib/workbench/source-form-values.ts";
import { createSource, sourceInputSchema, updateSource } from "@/lib/workbench/sources.ts";
import { actAs } from "./support/session.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

vi.mock("@/lib/accounts/session.ts", () => import("./support/session.ts"));

/*
 * Issue 15, item 2: a source keeps the file its text was extracted from, byte for byte with its
 * SHA-256, the day the text was taken and archived copies of the article; readers can download the
 * file of a public source and check its hash.
 */

// The download route reads through the application's client.
const {
  prisma,
  users: { editor },
} = useMigratedDatabase({ appDatabase: true, users: { editor: { role: "EDITOR" } } });

const HTML = `<!doctype html><html><head><title>Talks end in Washington</title><script>alert("x")</script></head>
<body><article><p>Blinken said the sides made “tangible progress” on a durable peace.</p></article></body></html>\r\n`;
const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

/** The form's fields as the Server Action hands them to the schema, with an uploaded file's text and original. */
async function withUpload(file: File, fields: Record<string, string> = {}) {
  const upload = await textFromUpload(file);
  return sourceInputSchema.parse({ title: upload.title ?? "", body: upload.text, original: upload.original, ...fields });
}

let claimantId: number;
beforeAll(async () => {
  claimantId = (await prisma.claimant.create({ data: { slug: "antony-blinken", name: "Antony Blinken" } })).id;
});

async function publishClaimOn(sourceId: number) {
  await prisma.claim.create({
    data: { quote: "tangible progress", summary: "s", headline: "h", claimantId, sourceId, statedAt: new Date("2023-05-04"), kind: "ASSERTION", visibility: "PUBLISHED", publishedAt: new Date() },
  });
}

async function download(sourceId: number | string) {
  const { GET } = await import("@/app/(public)/sources/[id]/original/route.ts");
  return GET(new Request(`http://localhost/sources/${sourceId}/original`), { params: Promise.resolve({ id: String(sourceId) }) });
}

describe("an uploaded article", () => {
  it("is kept byte for byte beside its text, with its SHA-256; the text is taken today unless the editor says when", async () => {
    const file = new File([HTML], "talks-end.html", { type: "text/html" });
    const source = await createSource(prisma, editor, await withUpload(file));
    const original = await prisma.sourceOriginal.findUniqueOrThrow({ where: { sourceId: source.id } });
    expect(Buffer.compare(original.bytes, Buffer.from(HTML))).toBe(0);
    expect(original.sha256).toBe(sha256(HTML));
    expect(original).toMatchObject({ fileName: "talks-end.html", contentType: "text/html" });
    expect(source.body).toContain("tangible progress");
    expect(source.body).not.toContain("alert");
    expect(source.retrievedAt?.toISOString().slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));

    const typed = await createSource(prisma, editor, sourceInputSchema.parse({ title: "Pasted", body: "Some text.", retrievedAt: "2024-03-01" }));
    expect(typed.retrievedAt?.toISOString().slice(0, 10)).toBe("2024-03-01");
    expect(await prisma.sourceOriginal.count({ where: { sourceId: typed.id } })).toBe(0);
  });

  it("is replaced by the next file uploaded, and kept when the source is saved without one", async () => {
    const source = await createSource(prisma, editor, await withUpload(new File(["First text."], "first.txt"), { title: "First" }));
    const kept = async () => prisma.sourceOriginal.findUniqueOrThrow({ where: { sourceId: source.id } });
    await updateSource(prisma, editor, source.id, { ...sourceInputSchema.parse({ title: source.title, body: "Edited by hand." }), versionReason: "Cleaned up." });
    expect((await kept()).fileName).toBe("first.txt");
    await updateSource(prisma, editor, source.id, { ...(await withUpload(new File(["# Second\n\nText."], "second.md"), { title: source.title })), versionReason: "A new upload." });
    expect(await kept()).toMatchObject({ fileName: "second.md", contentType: "text/markdown", sha256: sha256("# Second\n\nText.") });
  });
});

describe("archived copies", () => {
  it("are web addresses, one per line, each once, at most ten; the form shows them back one per line", async () => {
    const lines = "https://web.archive.org/web/2023/https://example.org/a\n\n  https://archive.ph/AbCd  \nhttps://archive.ph/AbCd\n";
    const source = await createSource(prisma, editor, sourceInputSchema.parse({ title: "Archived", body: "Text.", archiveUrls: lines }));
    expect(source.archiveUrls).toEqual(["https://web.archive.org/web/2023/https://example.org/a", "https://archive.ph/AbCd"]);
    expect(sourceFormValues(source).archiveUrls).toBe("https://web.archive.org/web/2023/https://example.org/a\nhttps://archive.ph/AbCd");

    for (const bad of ["javascript:alert(1)", "archive.ph/AbCd", Array.from({ length: 11 }, (_, i) => `https://archive.ph/${i}`).join("\n")]) {
      const parsed = sourceInputSchema.safeParse({ title: "Archived", body: "Text.", archiveUrls: bad });
      expect(parsed.success, bad).toBe(false);
      expect(parsed.error!.issues[0]!.path[0], bad).toBe("archiveUrls");
    }
  });

  it("come with a link that saves the article in the Internet Archive now", () => {
    expect(saveInInternetArchiveUrl("https://example.org/news/1?x=2")).toBe("https://web.archive.org/save/https://example.org/news/1?x=2");
  });
});

describe("GET /sources/{id}/original", () => {
  it("sends a public source's file byte for byte, as a download that cannot run as a page of the site", async () => {
    const source = await createSource(prisma, editor, await withUpload(new File([HTML], "Gespräch “1”.html")));
    await publishClaimOn(source.id);
    const response = await download(source.id);
    expect(response.status).toBe(200);
    expect(Buffer.compare(Buffer.from(await response.arrayBuffer()), Buffer.from(HTML))).toBe(0);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(attachmentDisposition("Gespräch “1”.html"));
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="Gespr_ch _1_.html"; filename\*=UTF-8''Gespr%C3%A4ch%20%E2%80%9C1%E2%80%9D.html$/);
    expect(response.headers.get("content-security-policy")).toContain("sandbox");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    // The public page names the file and its hash.
    expect((await getSourcePage(source.id, prisma))?.original).toMatchObject({ fileName: "Gespräch “1”.html", sha256: sha256(HTML) });
  });

  it("answers 404 to readers for a source no published claim uses, one without a file, and ids that are not ids", async () => {
    const draftOnly = await createSource(prisma, editor, await withUpload(new File(["Draft text."], "draft.txt"), { title: "Draft" }));
    const noFile = await createSource(prisma, editor, sourceInputSchema.parse({ title: "No file", body: "Text." }));
    await publishClaimOn(noFile.id);
    actAs(null);
    for (const id of [draftOnly.id, noFile.id, 999_999, "abc", "1e3"]) expect((await download(id)).status, String(id)).toBe(404);
  });

  it("sends an editor the file of a source readers cannot see yet", async () => {
    const draftOnly = await createSource(prisma, editor, await withUpload(new File(["Draft text."], "draft.txt"), { title: "Draft" }));
    actAs(editor.id);
    const response = await download(draftOnly.id);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("Draft text.");
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    actAs(null);
    expect((await download(draftOnly.id)).status).toBe(404);
  });

  it("refuses a file that is not text it can read, naming the field", async () => {
    await expect(textFromUpload(new File([new Uint8Array([0xff, 0xfe, 0x00])], "x.txt"))).rejects.toBeInstanceOf(DomainError);
  });
});
