import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DomainError } from "@/lib/errors.ts";
import { exportPool } from "@/lib/reports/export-connection.ts";
import { applyImport, planImport } from "@/lib/reports/claims-import.ts";
import { seedDemoData } from "@/prisma/demo-data.ts";
import { actAs } from "./support/session.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

vi.mock("@/lib/accounts/session.ts", () => import("./support/session.ts"));

const encode = (text: string) => new TextEncoder().encode(text);
const ARTICLE =
  "BAKU — President Ilham Əliyev said on Thursday: “We will sign, soon.” He added that the treaty text is agreed. " +
  "Officials said the text is agreed, and that the text is agreed in full.";
const ARTICLE_URL = "https://news.example/a";
const HEADER = "external_id,quote,summary,claimant,claimant_title,source_title,source_url,stated_at,kind,tags,status";
const GOOD = encode(
  [
    HEADER,
    `ext-1,"We will sign, soon","A promise to sign.",Ilham Əliyev,President of Azerbaijan,,${ARTICLE_URL},2025-03-13,PROMISE,peace; treaty,FULFILLED`,
    ',"An assertion without a source","An assertion.",Nikol Pashinyan,,,,2025-03-14,assertion,,',
  ].join("\r\n"),
);

const {
  prisma,
  users: { editor },
} = useMigratedDatabase({ appDatabase: true, users: { editor: { role: "EDITOR" } } });

let sourceId: number;
beforeAll(async () => {
  sourceId = (await prisma.source.create({ data: { title: "Talks", url: ARTICLE_URL, body: ARTICLE } })).id;
});
afterAll(() => exportPool().end());

const counts = async () => ({
  claims: await prisma.claim.count(),
  events: await prisma.claimEvent.count(),
  claimants: await prisma.claimant.count(),
  sources: await prisma.source.count(),
});

describe("claims import", () => {
  it("previews a good file without writing anything", async () => {
    const before = await counts();
    const plan = await planImport(prisma, editor, GOOD);
    expect(plan).toMatchObject({ valid: true, toCreate: 2, alreadyImported: 0, differing: 0 });
    expect(plan.rows.map((row) => [row.line, row.row.claimant, row.errors])).toEqual([
      [2, "Ilham Əliyev", {}],
      [3, "Nikol Pashinyan", {}],
    ]);
    expect(await counts()).toEqual(before);
  });

  it("imports drafts anchored in their source, with CREATED events and claimants, and a second import changes nothing", async () => {
    const before = await counts();
    expect(await applyImport(prisma, editor, GOOD)).toEqual({ created: 2, skipped: 0 });
    const after = await counts();
    expect(after).toEqual({ claims: before.claims + 2, events: before.events + 2, claimants: before.claimants + 2, sources: before.sources });
    const claim = await prisma.claim.findUniqueOrThrow({ where: { externalId: "ext-1" }, include: { claimant: true, events: true } });
    expect(claim).toMatchObject({ visibility: "DRAFT", status: "PENDING", quote: "We will sign, soon", tags: ["peace", "treaty"], kind: "PROMISE", sourceId, createdById: editor.id });
    expect(ARTICLE.slice(claim.anchorStart!, claim.anchorEnd!)).toBe("We will sign, soon");
    expect(claim.claimant).toMatchObject({ name: "Ilham Əliyev", slug: "ilham-aliyev", title: "President of Azerbaijan" });
    expect(claim.events.map((e) => [e.type, e.actorId, e.rationale])).toEqual([["CREATED", editor.id, "Imported from a CSV file."]]);

    expect(await applyImport(prisma, editor, GOOD)).toEqual({ created: 0, skipped: 2 });
    expect(await counts()).toEqual(after);
    expect(await planImport(prisma, editor, GOOD)).toMatchObject({ alreadyImported: 2, toCreate: 0, differing: 0 });

    // The same claim without its external id, its claimant written without accents: still the same claim.
    const retyped = encode(`${HEADER}\n,"We will sign, soon","A promise to sign.",ILHAM ALIYEV,,,${ARTICLE_URL},2025-03-13,PROMISE,peace; treaty,\n`);
    const plan = await planImport(prisma, editor, retyped);
    expect(plan).toMatchObject({ toCreate: 0, alreadyImported: 1, differing: 0 });
    expect(plan.rows[0]).toMatchObject({ claimId: claim.id, differences: [] });
  });

  it("applies the claim form's rules to every row and reports them on the row's columns, writing nothing", async () => {
    const rows = [
      'x-1,"",Summary,Someone,,,,2025-13-01,GUESS,,',
      "x-2,Fine quote,Fine summary,Someone,,,javascript:alert(1),2025-01-01,PROMISE,,",
      `x-3,We will never negotiate,Summary,Someone,,,${ARTICLE_URL},2025-01-01,PROMISE,,`,
      "x-4,Tomorrow's words,Summary,Someone,,,,2999-01-01,PREDICTION,,",
      "x-5,Words,Summary,Someone,,,,2025-02-30,PREDICTION,,",
      "x-6,Nul\u0000byte,Summary,Someone,,,,2025-01-02,PREDICTION,,",
      "x-7,Good words,Good summary,Someone,,,,2025-01-02,PREDICTION,,",
    ];
    const file = encode([HEADER, ...rows].join("\n"));
    const plan = await planImport(prisma, editor, file);
    expect(plan.valid).toBe(false);
    const errors = plan.rows.map((row) => row.errors);
    expect(Object.keys(errors[0]!).sort()).toEqual(["kind", "quote", "stated_at"]);
    expect(errors[1]).toEqual({ source_url: ["Enter a web address starting with http:// or https://."] });
    expect(errors[2]).toEqual({ quote: ["These exact words are not in the source's text: copy them from it, or choose no source."] });
    expect(errors[3]!.stated_at?.[0]).toMatch(/^The date of the statement cannot be after today \(\d{4}-\d{2}-\d{2}\)\.$/);
    expect(errors[4]).toEqual({ stated_at: ["There is no 30 February 2025."] });
    expect(errors[5]).toEqual({ quote: ["The exact words of the statement: remove the control character U+0000 at position 4."] });
    expect(errors[6]).toEqual({});
    const before = await counts();
    await expect(applyImport(prisma, editor, file)).rejects.toThrow(/nothing was imported/);
    expect(await counts()).toEqual(before);
  });

  it("asks which occurrence of a repeated quote is meant, per row, and anchors the one named in quote_occurrence", async () => {
    const header = "quote,summary,claimant,source_url,stated_at,kind,quote_occurrence";
    const ambiguous = await planImport(prisma, editor, encode(`${header}\nthe text is agreed,Summary,Someone,${ARTICLE_URL},2025-01-01,ASSERTION,\n`));
    expect(ambiguous.rows[0]!.errors).toEqual({ quote_occurrence: ["These words occur 2 times in the source: say which occurrence is meant (1–2)."] });
    const tooFar = await planImport(prisma, editor, encode(`${header}\nthe text is agreed,Summary,Someone,${ARTICLE_URL},2025-01-01,ASSERTION,3\n`));
    expect(tooFar.rows[0]!.errors.quote_occurrence?.[0]).toMatch(/no occurrence 3/);

    expect(await applyImport(prisma, editor, encode(`${header}\nthe text is agreed,Occurrence two,Someone,${ARTICLE_URL},2025-01-01,ASSERTION,2\n`))).toEqual({ created: 1, skipped: 0 });
    const claim = await prisma.claim.findFirstOrThrow({ where: { summary: "Occurrence two" } });
    const second = ARTICLE.indexOf("the text is agreed", ARTICLE.indexOf("the text is agreed") + 1);
    expect(claim.anchorStart).toBe(second);
  });

  it("refuses a source that is not in the ledger, since the quote could not be checked against its text", async () => {
    const header = "quote,summary,claimant,source_url,source_title,stated_at,kind";
    const plan = await planImport(
      prisma,
      editor,
      encode(`${header}\nSome words,Summary,Someone,https://elsewhere.example/x,,2025-01-01,ASSERTION\nSome words,Summary,Someone,,Unknown title,2025-01-02,ASSERTION\n`),
    );
    expect(plan.rows[0]!.errors.source_url?.[0]).toMatch(/^No source in the ledger has this address/);
    expect(plan.rows[1]!.errors.source_title?.[0]).toMatch(/^No source in the ledger has this title/);
  });

  it("imports a due date and its note, and refuses a malformed one or one before the statement in its own cell", async () => {
    const header = "external_id,quote,summary,claimant,stated_at,kind,due_at,due_note";
    const bad = await planImport(prisma, editor, encode(`${header}\ndue-0,Words,Summary,Someone,2025-01-01,PROMISE,31/12/2025,\ndue-00,Words 2,Summary,Someone,2025-01-01,PROMISE,2024-12-31,\n`));
    expect(bad.rows[0]!.errors).toEqual({ due_at: ["Enter the due date as a date (YYYY-MM-DD)."] });
    expect(bad.rows[1]!.errors).toEqual({ due_at: ["The due date cannot be before the statement (2025-01-01)."] });
    expect(await applyImport(prisma, editor, encode(`${header}\ndue-1,We will sign by December,Summary,Someone,2025-01-01,PROMISE,2025-01-01,per the speech\n`))).toEqual({
      created: 1,
      skipped: 0,
    });
    expect(await prisma.claim.findUniqueOrThrow({ where: { externalId: "due-1" } })).toMatchObject({ dueAt: new Date("2025-01-01T00:00:00Z"), dueNote: "per the speech" });
  });

  it("flags the same claim twice in one file", async () => {
    const row = ",Same words,Summary,Someone,,,,2025-01-01,PROMISE,,";
    const plan = await planImport(prisma, editor, encode([HEADER, row, row].join("\n")));
    expect(plan.rows[1]!.errors.row).toEqual(["The same claim as line 2."]);
  });

  it.each([
    ["an empty file", new Uint8Array(), "The file is empty."],
    ["a file in another encoding", new Uint8Array([...encode("quote,summary,claimant,stated_at,kind\n"), 0xe9, 0x0a]), /not UTF-8/],
    ["a missing header", encode("We will sign,A promise,Someone,2025-01-01,PROMISE\n"), /lacks the columns quote, summary, claimant, stated_at, kind/],
    ["ragged rows", encode(`${HEADER}\nx,only,three`), /not valid CSV \(line 2\)/],
    ["an unclosed quote", encode(`${HEADER}\nx,"open,b,c,d,e,f,g,2025-01-01,PROMISE,,`), /not valid CSV/],
    ["a 50 MB file", new Uint8Array(50 * 1024 * 1024), "The file is 50 MB; the limit is 5 MB. Split it into smaller files."],
  ])("refuses %s with a clear message and writes nothing", async (_, bytes, message) => {
    const before = await counts();
    const error = await applyImport(prisma, editor, bytes).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it("rolls the whole import back when a write fails part-way", async () => {
    // A test-only trigger makes the database refuse the second claim, after the first was written.
    await prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_marked_claim() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.quote = 'refused by the database' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$`);
    await prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_marked_claim BEFORE INSERT ON "Claim" FOR EACH ROW EXECUTE FUNCTION refuse_marked_claim()`);
    try {
      const file = encode([HEADER, "r-1,Written first,Summary,Brand New Person,,,,2025-01-01,PROMISE,,", "r-2,refused by the database,Summary,Someone,,,,2025-01-01,PROMISE,,"].join("\n"));
      const before = await counts();
      await expect(applyImport(prisma, editor, file)).rejects.toThrow();
      expect(await counts()).toEqual(before);
      expect(await prisma.claimant.findFirst({ where: { name: "Brand New Person" } })).toBeNull();
    } finally {
      await prisma.$executeRawUnsafe(`DROP TRIGGER refuse_marked_claim ON "Claim"`);
      await prisma.$executeRawUnsafe(`DROP FUNCTION refuse_marked_claim()`);
    }
  });
});

describe("re-importing the ledger's own export", () => {
  let exportRoute: typeof import("@/app/api/export/claims.csv/route.ts");
  beforeAll(async () => {
    await seedDemoData(prisma);
    exportRoute = await import("@/app/api/export/claims.csv/route.ts");
  });

  const exported = async (query: string) => {
    const response = await exportRoute.GET(new Request(`http://localhost:3000/api/export/claims.csv${query}`, { headers: { host: "localhost:3000" } }));
    expect(response.status).toBe(200);
    return new Uint8Array(await response.arrayBuffer());
  };

  it.each([
    ["every published claim", "", null],
    ["a filtered view", "?status=FULFILLED&claimant=antony-blinken", null],
    ["a search, with Excel's BOM", "?q=tangible&bom=1", null],
    ["drafts and notes, as an editor", "?internal=1", "editor"],
  ])("imports %s as 0 new, every row already in the ledger", async (_, query, as) => {
    actAs(as ? editor.id : null);
    const file = await exported(query);
    const before = await counts();
    const plan = await planImport(prisma, editor, file);
    expect(plan.rows.length).toBeGreaterThan(0);
    expect(plan).toMatchObject({ valid: true, toCreate: 0, differing: 0, alreadyImported: plan.rows.length });
    expect(plan.rows.every((row) => row.claimId !== undefined && row.differences?.length === 0)).toBe(true);
    expect(await applyImport(prisma, editor, file)).toEqual({ created: 0, skipped: plan.rows.length });
    expect(await counts()).toEqual(before);
  });

  it("reports a row that is a claim of the ledger but says something else, and changes nothing", async () => {
    actAs(null);
    const text = new TextDecoder().decode(await exported("?q=tangible"));
    const claim = await prisma.claim.findFirstOrThrow({ where: { quote: { contains: "tangible progress" } } });
    const edited = text.replace(claim.summary, "A different summary");
    expect(edited).not.toBe(text);
    const plan = await planImport(prisma, editor, encode(edited));
    expect(plan).toMatchObject({ valid: true, toCreate: 0, differing: 1 });
    expect(plan.rows[0]).toMatchObject({ claimId: claim.id, existing: true, differences: ["summary"] });
    await applyImport(prisma, editor, encode(edited));
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).summary).toBe(claim.summary);
  });

  it("refuses an id that names no claim of this ledger rather than creating a claim under it", async () => {
    const header = "id,quote,summary,claimant,stated_at,kind";
    const plan = await planImport(prisma, editor, encode(`${header}\n999999,Words from elsewhere,Summary,Someone,2025-01-01,ASSERTION\n`));
    expect(plan.rows[0]!.errors).toEqual({ id: ["There is no claim #999999 in this ledger: empty the id and permalink cells to import the row as a new claim."] });
    const huge = await planImport(prisma, editor, encode(`${header}\n99999999999,Words,Summary,Someone,2025-01-01,ASSERTION\n0x10,Words,Summary,Someone,2025-01-02,ASSERTION\n`));
    expect(huge.rows.map((row) => row.errors)).toEqual([{ id: ["Unknown claim."] }, { id: ["Unknown claim."] }]);
  });
});
