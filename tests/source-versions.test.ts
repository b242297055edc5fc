import { createHash } from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { relocateAnchor, anchorQuote } from "@/lib/anchors.ts";
import { DomainError } from "@/lib/errors.ts";
import { DEFAULT_MIGRATIONS_DIR, readMigrationsDirectory } from "@/lib/platform/migrations/files.ts";
import { getSourcePage, getSourceVersionPage } from "@/lib/public/public-sources.ts";
import { createClaim } from "@/lib/workbench/claims.ts";
import { createSource, sourceInputSchema, sourceUpdateSchema, updateSource } from "@/lib/workbench/sources.ts";
import { createEmptyDatabase } from "./support/database.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

/*
 * Issue 15, item 1: a source's text is kept as numbered versions that never change, each with the
 * SHA-256 of its UTF-8 text; an edit needs a reason; claims are found again in the new version
 * (exactly, or the same words with other punctuation) or orphaned, pointing at the version they
 * were taken from; readers see the history and any version of a public source.
 */

const {
  prisma,
  users: { editor },
} = useMigratedDatabase({ users: { editor: { role: "EDITOR" } } });

const sha256 = (text: string) => createHash("sha256").update(Buffer.from(text, "utf8")).digest("hex");

const V1 =
  "The Secretry said on Tuesday that the sides had made tangible progress towards a peace agreement. " +
  "Çavuşoğlu added that an agreement was within sight, within reach. Talks would resume in the spring.";
// A typo fixed before the first quote (so it moves), punctuation changed inside the second, words changed in the third.
const V2 = V1.replace("Secretry", "Secretary").replace("within sight, within reach", "within sight; within reach").replace("in the spring", "in the autumn");

const fields = (overrides: Record<string, string> = {}) => ({ title: "Talks", publisher: "", author: "", url: "", publishedAt: "2023-05-04", body: V1, ...overrides });
const edit = (overrides: Record<string, string> = {}) => sourceUpdateSchema.parse(fields(overrides));

let claimantId: number;
beforeAll(async () => {
  claimantId = (await prisma.claimant.create({ data: { slug: "mevlut-cavusoglu", name: "Mevlüt Çavuşoğlu" } })).id;
});

const claimOn = (sourceId: number, quote: string, visibility: "DRAFT" | "PUBLISHED" = "DRAFT") =>
  createClaim(prisma, editor, { quote, summary: "s", headline: "h", claimantId, sourceId, statedAt: "2023-05-02", kind: "ASSERTION", tags: "", visibility });

const versionsOf = (sourceId: number) => prisma.sourceVersion.findMany({ where: { sourceId }, orderBy: { number: "asc" } });

describe("source versions", () => {
  it("keeps the text at creation as version 1, with its hash, and claims record it", async () => {
    const source = await createSource(prisma, editor, sourceInputSchema.parse(fields()));
    const [first, ...rest] = await versionsOf(source.id);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ number: 1, body: V1, sha256: sha256(V1), reason: null, createdById: editor.id });
    const claim = await claimOn(source.id, "tangible progress");
    expect(claim.sourceVersionId).toBe(first!.id);
  });

  it("needs a reason to change the text, and writes nothing without one", async () => {
    const source = await createSource(prisma, editor, sourceInputSchema.parse(fields()));
    const error = await updateSource(prisma, editor, source.id, edit({ body: V2, title: "Renamed" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).fieldErrors).toEqual({ versionReason: ["Say why the text changed: readers see it in the source's versions."] });
    expect(await prisma.source.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ body: V1, title: "Talks" });
    expect(await versionsOf(source.id)).toHaveLength(1);
  });

  it("saves a changed text as the next version with its SHA-256, reason and editor; an unchanged text adds none", async () => {
    const source = await createSource(prisma, editor, sourceInputSchema.parse(fields()));
    await updateSource(prisma, editor, source.id, edit({ title: "Renamed" }));
    expect(await versionsOf(source.id)).toHaveLength(1);

    await updateSource(prisma, editor, source.id, edit({ body: V2, versionReason: "The publisher corrected the article.", textVersion: "1" }));
    const [first, second] = await versionsOf(source.id);
    expect(first).toMatchObject({ number: 1, body: V1, sha256: sha256(V1) });
    expect(second).toMatchObject({ number: 2, body: V2, sha256: sha256(V2), reason: "The publisher corrected the article.", createdById: editor.id });
    expect(second!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await prisma.source.findUniqueOrThrow({ where: { id: source.id } })).body).toBe(V2);
  });

  it("refuses a text changed by someone else since the editor opened it", async () => {
    const source = await createSource(prisma, editor, sourceInputSchema.parse(fields()));
    await updateSource(prisma, editor, source.id, edit({ body: V2, versionReason: "Corrected.", textVersion: "1" }));
    const error = await updateSource(prisma, editor, source.id, edit({ body: `${V1} More.`, versionReason: "Mine.", textVersion: "1" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(Object.keys((error as DomainError).fieldErrors!)).toEqual(["body"]);
    expect(await versionsOf(source.id)).toHaveLength(2);
  });

  it("the database refuses to change a version's text", async () => {
    const source = await createSource(prisma, editor, sourceInputSchema.parse(fields()));
    // restrict_violation, which Prisma reports as a foreign key violation.
    await expect(prisma.sourceVersion.updateMany({ where: { sourceId: source.id }, data: { body: "Rewritten." } })).rejects.toThrow();
    await expect(prisma.sourceVersion.updateMany({ where: { sourceId: source.id }, data: { sha256: "0".repeat(64) } })).rejects.toThrow();
    expect((await versionsOf(source.id)).map((v) => [v.body, v.sha256])).toEqual([[V1, sha256(V1)]]);
  });

  it("re-anchors claims exactly, fuzzily (same words, other punctuation) or orphans them, pointing at the right version", async () => {
    const source = await createSource(prisma, editor, sourceInputSchema.parse(fields()));
    const moved = await claimOn(source.id, "the sides had made tangible progress");
    const punctuated = await claimOn(source.id, "within sight, within reach");
    const changed = await claimOn(source.id, "Talks would resume in the spring");
    const [v1] = await versionsOf(source.id);

    const report = await updateSource(prisma, editor, source.id, edit({ body: V2, versionReason: "Typo and updates." }));
    const [, v2] = await versionsOf(source.id);
    expect(report).toEqual({ relocated: [moved.id, punctuated.id], orphaned: [changed.id] });

    const movedNow = await prisma.claim.findUniqueOrThrow({ where: { id: moved.id } });
    expect(V2.slice(movedNow.anchorStart!, movedNow.anchorEnd!)).toBe("the sides had made tangible progress");
    expect(movedNow.anchorStart).toBe(moved.anchorStart! + 1);
    expect(movedNow.sourceVersionId).toBe(v2!.id);
    expect(movedNow.anchorPrefix).toBe(anchorQuote(V2, "the sides had made tangible progress").prefix);

    const punctuatedNow = await prisma.claim.findUniqueOrThrow({ where: { id: punctuated.id } });
    expect(punctuatedNow.quote).toBe("within sight, within reach");
    expect(punctuatedNow.anchorExact).toBe("within sight; within reach");
    expect(V2.slice(punctuatedNow.anchorStart!, punctuatedNow.anchorEnd!)).toBe("within sight; within reach");
    expect(punctuatedNow.sourceVersionId).toBe(v2!.id);

    const changedNow = await prisma.claim.findUniqueOrThrow({ where: { id: changed.id } });
    expect(changedNow).toMatchObject({ quote: "Talks would resume in the spring", anchorExact: "Talks would resume in the spring", anchorStart: null, anchorEnd: null, sourceVersionId: v1!.id });
    const event = await prisma.claimEvent.findFirstOrThrow({ where: { claimId: changed.id, type: "EDITED" } });
    expect(event.rationale).toContain("“Talks would resume in the autumn”");
    expect(event.rationale).toContain("version 2");
  });

  it("finds the words near the old place only when they are the same words", () => {
    const anchor = anchorQuote(V1, "within sight, within reach");
    expect(relocateAnchor(V2, anchor)).toMatchObject({ kind: "fuzzy", anchor: { exact: "within sight; within reach" } });
    expect(relocateAnchor(V1.replace("within reach", "within rich"), anchor)).toEqual({ kind: "changed", nearest: "within sight, within rich" });
    expect(relocateAnchor("Something else entirely, with no such passage at all.", anchor)).toEqual({ kind: "gone" });
  });
});

describe("public version pages", () => {
  it("list a public source's versions with hashes and serve an old version's text", async () => {
    const source = await createSource(prisma, editor, sourceInputSchema.parse(fields()));
    const kept = await claimOn(source.id, "tangible progress", "PUBLISHED");
    const orphaned = await claimOn(source.id, "Talks would resume in the spring", "PUBLISHED");
    await updateSource(prisma, editor, source.id, edit({ body: V2, versionReason: "The publisher corrected the article." }));

    const page = await getSourcePage(source.id, prisma);
    expect(page!.versions.map((v) => [v.number, v.sha256, v.reason])).toEqual([
      [2, sha256(V2), "The publisher corrected the article."],
      [1, sha256(V1), null],
    ]);
    // The orphaned claim is listed as quoted from version 1, the other from the current one.
    expect(page!.claims.map((claim) => [claim.id, claim.sourceVersion?.number])).toEqual([
      [kept.id, 2],
      [orphaned.id, 1],
    ]);
    const old = await getSourceVersionPage(source.id, 1, prisma);
    expect(old!.version).toMatchObject({ number: 1, body: V1, sha256: sha256(V1) });
    expect(old!.source.versions).toHaveLength(2);
    expect(await getSourceVersionPage(source.id, 3, prisma)).toBeNull();
  });

  it("show nothing of a source only drafts use", async () => {
    const source = await createSource(prisma, editor, sourceInputSchema.parse(fields()));
    await claimOn(source.id, "tangible progress");
    expect(await getSourcePage(source.id, prisma)).toBeNull();
    expect(await getSourceVersionPage(source.id, 1, prisma)).toBeNull();
  });
});

describe("the source_versions migration", () => {
  it("backfills version 1 of every existing source and points its claims at it", async () => {
    const database = await createEmptyDatabase();
    const client = new pg.Client(database.url);
    await client.connect();
    try {
      const { migrations } = await readMigrationsDirectory(DEFAULT_MIGRATIONS_DIR);
      const at = migrations.findIndex((migration) => migration.name.endsWith("_source_versions"));
      for (const migration of migrations.slice(0, at)) await client.query(migration.sql);
      const body = "Çavuşoğlu said the talks were useful.";
      const {
        rows: [source],
      } = await client.query(`INSERT INTO "Source" (title, body, "updatedAt") VALUES ('Old', $1, now()) RETURNING id`, [body]);
      const {
        rows: [claimant],
      } = await client.query(`INSERT INTO "Claimant" (slug, name, "updatedAt") VALUES ('c', 'C', now()) RETURNING id`);
      await client.query(
        `INSERT INTO "Claim" (quote, summary, "claimantId", "sourceId", "statedAt", kind, "updatedAt") VALUES ('the talks were useful', 's', $1, $2, '2023-01-01', 'ASSERTION', now())`,
        [claimant.id, source.id],
      );

      await client.query(migrations[at]!.sql);
      const { rows: versions } = await client.query(`SELECT id, number, body, sha256, reason FROM "SourceVersion" WHERE "sourceId" = $1`, [source.id]);
      expect(versions).toEqual([{ id: expect.any(Number), number: 1, body, sha256: sha256(body), reason: null }]);
      const { rows: claims } = await client.query(`SELECT "sourceVersionId" FROM "Claim"`);
      expect(claims).toEqual([{ sourceVersionId: versions[0].id }]);
    } finally {
      await client.end();
      await database.drop();
    }
  });
});
