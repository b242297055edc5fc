import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type pg from "pg";
import { Prisma } from "@/generated/prisma/client.ts";
import { CLAIMS_REPORT_HEADER, claimsReport } from "@/lib/reports/claims-report.ts";
import { csvLines, isoTimestamp, neutralise } from "@/lib/reports/csv.ts";
import { createExportPool } from "@/lib/reports/export-connection.ts";
import { HISTORY_REPORT_HEADER, historyReport } from "@/lib/reports/history-report.ts";
import { csvHeaders, csvStream, type CsvSource } from "@/lib/reports/stream.ts";
import { seedDemoData } from "@/prisma/demo-data.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("CSV cells", () => {
  it("quotes commas, quotes and newlines as RFC 4180 says, with CRLF between records", () => {
    const text = csvLines([["a,b", 'say "hi"', "line 1\nline 2", 7, null]]);
    expect(text).toBe('"a,b","say ""hi""","line 1\nline 2",7,\r\n');
    expect(parse(text)).toEqual([["a,b", 'say "hi"', "line 1\nline 2", "7", ""]]);
  });

  it.each(["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"])("neutralises the formula %j", (value) => {
    expect(neutralise(value)).toBe(`'${value}`);
    expect((parse(csvLines([[value]])) as string[][])[0]![0]).toBe(`'${value}`);
  });

  it("leaves ordinary text, numbers and inner signs alone, and keeps UTF-8 names intact", () => {
    expect(neutralise("Peace = progress")).toBe("Peace = progress");
    expect(csvLines([[-5, "Əliyev", "Փաշինյան", "Łódź"]])).toBe("-5,Əliyev,Փաշինյան,Łódź\r\n");
  });

  it("writes PostgreSQL's timestamp text as Date#toISOString does", () => {
    expect(isoTimestamp("2026-11-25 09:30:00")).toBe("2026-11-25T09:30:00.000Z");
    expect(isoTimestamp("2026-11-25 09:30:00.1")).toBe("2026-11-25T09:30:00.100Z");
    expect(isoTimestamp("2026-11-25 09:30:00.12")).toBe("2026-11-25T09:30:00.120Z");
    expect(isoTimestamp("2026-11-25 09:30:00.123")).toBe("2026-11-25T09:30:00.123Z");
    expect(isoTimestamp("2026-11-25 09:30:00.123456")).toBe("2026-11-25T09:30:00.123Z");
    expect(isoTimestamp(null)).toBe("");
  });

  it("names the download with the date", () => {
    expect(new Headers(csvHeaders("claims", new Date("2026-11-25T10:00:00Z"))).get("content-disposition")).toBe('attachment; filename="claims-2026-11-25.csv"');
  });
});

describe("CSV streaming", () => {
  function countingSource(total: number) {
    const calls: number[] = [];
    let closes = 0;
    const source: CsvSource<{ id: number }> = {
      header: ["id"],
      open: (limit) => {
        let afterId = 0;
        return {
          next: async () => {
            calls.push(afterId);
            const rows = Array.from({ length: Math.max(0, Math.min(limit, total - afterId)) }, (_, i) => ({ id: afterId + i + 1 }));
            afterId += rows.length;
            return rows;
          },
          close: async () => void closes++,
        };
      },
      toCells: (row) => [row.id],
    };
    return { source, calls, closes: () => closes };
  }

  it("writes every row once, in batches, with an optional BOM", async () => {
    const { source, calls, closes } = countingSource(2500);
    const bytes = new Uint8Array(await new Response(csvStream(source, { batchSize: 1000, bom: true })).arrayBuffer());
    expect([...bytes.slice(0, 10)]).toEqual([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("id\r\n1\r\n")]);
    expect(parse(new TextDecoder().decode(bytes), { columns: true, bom: true })).toHaveLength(2500);
    expect(calls).toEqual([0, 1000, 2000]);
    expect(closes()).toBe(1);
  });

  it("fetches only as fast as the client reads, and stops when it goes away", async () => {
    const { source, calls, closes } = countingSource(1_000_000);
    const reader = csvStream(source, { batchSize: 100 }).getReader();
    await reader.read(); // header
    await reader.read(); // first batch
    await new Promise((resolve) => setTimeout(resolve, 50));
    const fetchedWhileIdle = calls.length;
    expect(fetchedWhileIdle).toBeLessThanOrEqual(3);
    await reader.cancel();
    expect(closes()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls.length).toBe(fetchedWhileIdle);
  });

  it("stops querying once the request is aborted", async () => {
    const { source, calls, closes } = countingSource(1_000_000);
    const controller = new AbortController();
    const reader = csvStream(source, { batchSize: 100, signal: controller.signal }).getReader();
    await reader.read();
    controller.abort();
    const rest = await reader.read();
    expect(calls.length).toBeLessThanOrEqual(2);
    expect(rest.done || calls.length <= 2).toBe(true);
    expect(closes()).toBe(1);
  });
});

describe("reports from the database", () => {
  const { database, prisma } = useMigratedDatabase();
  let pool: pg.Pool;
  const published = Prisma.sql`c."visibility" = 'PUBLISHED'`;

  beforeAll(async () => {
    pool = createExportPool(database.url);
    await seedDemoData(prisma);
  });
  afterAll(() => pool.end());

  it("has one row per published claim, never a draft, with the documented columns", async () => {
    const text = await readAll(csvStream(claimsReport(pool, { conditions: published, origin: "https://ledger.example" }), { batchSize: 3 }));
    const [header, ...rows] = parse(text) as string[][];
    expect(header).toEqual(CLAIMS_REPORT_HEADER);
    const expected = await prisma.claim.findMany({ where: { visibility: "PUBLISHED" }, orderBy: { id: "asc" }, include: { outcomes: true } });
    expect(rows.map((row) => Number(row[0]))).toEqual(expected.map((claim) => claim.id));
    const drafts = await prisma.claim.findMany({ where: { visibility: "DRAFT" } });
    for (const draft of drafts) expect(text).not.toContain(draft.quote);

    const blinken = expected.find((claim) => claim.quote.includes("tangible progress"))!;
    const row = Object.fromEntries(header!.map((name, i) => [name, rows.find((r) => Number(r[0]) === blinken.id)![i]]));
    expect(row.permalink).toBe(`https://ledger.example/claims/${blinken.id}`);
    expect(row.status).toBe(blinken.status);
    expect(row.stated_at).toBe(blinken.statedAt.toISOString().slice(0, 10));
    const supports = blinken.outcomes.filter((link) => link.relation === "SUPPORTS").length;
    expect(Number(row.outcomes_supporting)).toBe(supports);
    const latest = await prisma.claimEvent.findFirst({ where: { claimId: blinken.id, type: "STATUS_CHANGED" }, orderBy: [{ at: "desc" }, { id: "desc" }] });
    expect(row.latest_rationale).toBe(latest?.rationale);
    expect(row.status_since).toBe(latest?.at.toISOString());
  });

  it("has the due date, its note and whether the claim is overdue", async () => {
    const text = await readAll(csvStream(claimsReport(pool, { conditions: published, origin: "" })));
    const [header, ...rows] = parse(text) as string[][];
    const byExternalId = async (externalId: string) => {
      const { id } = await prisma.claim.findUniqueOrThrow({ where: { externalId } });
      const cells = rows.find((r) => Number(r[0]) === id)!;
      return Object.fromEntries(header!.map((name, i) => [name, cells[i]]));
    };
    // Due 2024-12-31 without a verdict (the seed), and a claim with no due date.
    expect(await byExternalId("demo:biden-treaty-by-end-of-2024")).toMatchObject({
      due_at: "2024-12-31",
      due_note: "End of 2024, per Biden's letter to Aliyev",
      overdue: "true",
    });
    expect(await byExternalId("demo:blinken-tangible-progress")).toMatchObject({ due_at: "", due_note: "", overdue: "false" });
  });

  it("adds visibility and internal notes only when asked (editors)", async () => {
    const all = Prisma.sql`true`;
    const text = await readAll(csvStream(claimsReport(pool, { conditions: all, origin: "", withNotes: true })));
    const [header, ...rows] = parse(text) as string[][];
    expect(header!.slice(-2)).toEqual(["visibility", "internal_notes"]);
    expect(rows).toHaveLength(await prisma.claim.count());
    const note = await prisma.note.findFirst();
    if (note) expect(text).toContain(note.body.split("\n")[0]);
  });

  it("has one row per public event of published claims; edits and notes stay internal", async () => {
    const text = await readAll(csvStream(historyReport(pool, { conditions: published })));
    const [header, ...rows] = parse(text) as string[][];
    expect(header).toEqual(HISTORY_REPORT_HEADER);
    const expected = await prisma.claimEvent.count({
      where: { claim: { visibility: "PUBLISHED" }, type: { notIn: ["EDITED", "NOTE_ADDED"] } },
    });
    expect(rows).toHaveLength(expected);
    expect(rows.every((row) => !["EDITED", "NOTE_ADDED"].includes(row[3]!))).toBe(true);
    const internal = await readAll(csvStream(historyReport(pool, { conditions: Prisma.sql`true`, internal: true })));
    expect(parse(internal)).toHaveLength((await prisma.claimEvent.count()) + 1);
  });
});
