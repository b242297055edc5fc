import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type pg from "pg";
import { Prisma } from "@/generated/prisma/client.ts";
import { publicClaimRelations } from "@/lib/public/claim-relations.ts";
import { getPublishedClaim, publishedClaimSelect } from "@/lib/public/published-claims.ts";
import { claimDetailJson } from "@/lib/public/claims-json.ts";
import { createExportPool } from "@/lib/reports/export-connection.ts";
import { historyReport } from "@/lib/reports/history-report.ts";
import { csvStream } from "@/lib/reports/stream.ts";
import { timelineEntries } from "@/lib/public/timeline.ts";
import { linkClaims, unlinkClaims } from "@/lib/workbench/claim-links.ts";
import { useMigratedDatabase } from "./support/test-database.ts";
import { createTestClaim } from "./support/workbench.ts";

const {
  database,
  prisma,
  users: { editor },
} = useMigratedDatabase({ users: { editor: { role: "EDITOR" } } });
let pool: pg.Pool;
beforeAll(() => {
  pool = createExportPool(database.url);
});
afterAll(() => pool.end());

const claim = (visibility: "DRAFT" | "PUBLISHED") => createTestClaim(prisma, editor, { visibility });
const version = async (id: number) => (await prisma.claim.findUniqueOrThrow({ where: { id } })).version;
const link = async (from: number, to: number, kind: "DUPLICATE_OF" | "RELATED") =>
  linkClaims(prisma, editor, from, await version(from), { otherClaimId: to, kind });
const setVisibility = (id: number, visibility: "DRAFT" | "PUBLISHED") => prisma.claim.update({ where: { id }, data: { visibility } });
/** The link events a reader gets on a claim's page: [type, other claim, role]. */
const publicLinks = async (id: number) =>
  (await getPublishedClaim(id, prisma))!.events.filter((e) => e.linkedClaimId !== null).map((e) => [e.type, e.linkedClaimId, e.linkRole]);

describe("links to other claims in the public history", () => {
  it("are shown on both claims while the other claim is published, and never name a draft", async () => {
    const duplicate = await claim("PUBLISHED");
    const original = await claim("PUBLISHED");
    const draft = await claim("DRAFT");
    await link(duplicate.id, original.id, "DUPLICATE_OF");
    await link(duplicate.id, draft.id, "RELATED");

    expect(await publicLinks(duplicate.id)).toEqual([["CLAIM_LINKED", original.id, "DUPLICATE_OF"]]);
    expect(await publicLinks(original.id)).toEqual([["CLAIM_LINKED", duplicate.id, "DUPLICATED_BY"]]);

    // The rule is read when the history is: publishing the draft shows its link, unpublishing hides one.
    await setVisibility(draft.id, "PUBLISHED");
    expect(await publicLinks(duplicate.id)).toEqual([
      ["CLAIM_LINKED", original.id, "DUPLICATE_OF"],
      ["CLAIM_LINKED", draft.id, "RELATED"],
    ]);
    await setVisibility(original.id, "DRAFT");
    expect(await publicLinks(duplicate.id)).toEqual([["CLAIM_LINKED", draft.id, "RELATED"]]);
  });

  it("include unlinking, in the timeline and the JSON API, as the Prisma select does", async () => {
    const a = await claim("PUBLISHED");
    const b = await claim("PUBLISHED");
    await link(a.id, b.id, "RELATED");
    await unlinkClaims(prisma, editor, a.id, await version(a.id), b.id);

    const page = (await getPublishedClaim(a.id, prisma))!;
    const viaPrisma = await prisma.claim.findUniqueOrThrow({ where: { id: a.id }, select: publishedClaimSelect });
    expect(page.events).toEqual(viaPrisma.events);

    const links = timelineEntries(page).filter((entry) => entry.kind === "link");
    expect(links).toEqual([
      { kind: "link", at: expect.any(Date), linked: true, claimId: b.id, role: "RELATED" },
      { kind: "link", at: expect.any(Date), linked: false, claimId: b.id, role: "RELATED" },
    ]);

    const json = claimDetailJson(page, await publicClaimRelations(a.id, prisma), [], "https://ledger.example");
    expect(json.history.filter((event) => event.linkedClaim)).toEqual([
      expect.objectContaining({ type: "CLAIM_LINKED", linkedClaim: { id: b.id, role: "RELATED", url: `https://ledger.example/claims/${b.id}` } }),
      expect.objectContaining({ type: "CLAIM_UNLINKED", linkedClaim: { id: b.id, role: "RELATED", url: `https://ledger.example/claims/${b.id}` } }),
    ]);
    expect(json.history.find((event) => event.type === "CREATED")?.linkedClaim).toBeNull();
  });

  it("reach the public history report only when the other claim is published; the internal one has them all", async () => {
    const published = await claim("PUBLISHED");
    const other = await claim("PUBLISHED");
    const draft = await claim("DRAFT");
    await link(published.id, other.id, "RELATED");
    await link(published.id, draft.id, "RELATED");
    const linkRows = async (internal: boolean) => {
      const text = await new Response(csvStream(historyReport(pool, { conditions: Prisma.sql`c."id" = ${published.id}`, internal }))).text();
      return (parse(text, { columns: true }) as Record<string, string>[])
        .filter((row) => row.event === "CLAIM_LINKED")
        .map((row) => [row.linked_claim_id, row.link_role]);
    };
    expect(await linkRows(false)).toEqual([[String(other.id), "RELATED"]]);
    expect(await linkRows(true)).toEqual([
      [String(other.id), "RELATED"],
      [String(draft.id), "RELATED"],
    ]);
  });
});
