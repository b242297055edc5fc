import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors.ts";
import { applyImport, MAX_IMPORT_BYTES, planImport } from "@/lib/reports/claims-import.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

const encode = (text: string) => new TextEncoder().encode(text);
const HEADER = "external_id,quote,summary,claimant,claimant_title,source_title,source_url,publisher,stated_at,kind,tags,status";
const GOOD = encode(
  [
    HEADER,
    'ext-1,"We will sign, soon","A promise to sign.",Ilham Əliyev,President of Azerbaijan,Talks,https://news.example/a,News,2025-03-13,PROMISE,peace; treaty,FULFILLED',
    ',"The treaty text is agreed","An assertion.",Nikol Pashinyan,,,,,2025-03-14,assertion,,',
  ].join("\r\n"),
);

const {
  prisma,
  users: { editor },
} = useMigratedDatabase({ users: { editor: { role: "EDITOR" } } });

const counts = async () => ({
  claims: await prisma.claim.count(),
  events: await prisma.claimEvent.count(),
  claimants: await prisma.claimant.count(),
  sources: await prisma.source.count(),
});

describe("claims import", () => {
  it("previews a good file without writing anything", async () => {
    const before = await counts();
    const plan = await planImport(prisma, GOOD);
    expect(plan).toMatchObject({ valid: true, toCreate: 2, alreadyImported: 0 });
    expect(plan.rows.map((row) => row.line)).toEqual([2, 3]);
    expect(plan.rows[0]!.row).toMatchObject({ kind: "PROMISE", tags: ["peace", "treaty"], claimant: "Ilham Əliyev" });
    expect(await counts()).toEqual(before);
  });

  it("imports drafts with CREATED events, claimants and sources, and a second import changes nothing", async () => {
    const before = await counts();
    expect(await applyImport(prisma, editor, GOOD)).toEqual({ created: 2, skipped: 0 });
    const after = await counts();
    expect(after).toEqual({ claims: before.claims + 2, events: before.events + 2, claimants: before.claimants + 2, sources: before.sources + 1 });
    const claim = await prisma.claim.findUniqueOrThrow({ where: { externalId: "ext-1" }, include: { claimant: true, source: true, events: true } });
    expect(claim).toMatchObject({ visibility: "DRAFT", status: "PENDING", quote: "We will sign, soon", createdById: editor.id });
    expect(claim.claimant).toMatchObject({ name: "Ilham Əliyev", slug: "ilham-aliyev", title: "President of Azerbaijan" });
    expect(claim.source?.url).toBe("https://news.example/a");
    expect(claim.events.map((e) => [e.type, e.actorId])).toEqual([["CREATED", editor.id]]);

    expect(await applyImport(prisma, editor, GOOD)).toEqual({ created: 0, skipped: 2 });
    expect(await counts()).toEqual(after);
    expect((await planImport(prisma, GOOD)).alreadyImported).toBe(2);
  });

  it("reports per-row, per-field errors and imports nothing when any row is bad", async () => {
    const file = encode(
      [HEADER, 'x-1,"",Summary,Someone,,,,,2025-13-01,GUESS,,', 'x-2,Fine quote,Fine summary,Someone,,,javascript:alert(1),,2025-01-01,PROMISE,,', 'x-3,Good,Good,Someone,,,,,2025-01-02,PREDICTION,,'].join("\n"),
    );
    const plan = await planImport(prisma, file);
    expect(plan.valid).toBe(false);
    expect(Object.keys(plan.rows[0]!.errors).sort()).toEqual(["kind", "quote", "stated_at"]);
    expect(Object.keys(plan.rows[1]!.errors)).toEqual(["source_url"]);
    expect(plan.rows[2]!.errors).toEqual({});
    const before = await counts();
    await expect(applyImport(prisma, editor, file)).rejects.toThrow(/nothing was imported/);
    expect(await counts()).toEqual(before);
  });

  it("imports a due date and its note, and refuses a malformed due date in its own cell", async () => {
    const header = "external_id,quote,summary,claimant,stated_at,kind,due_at,due_note";
    const bad = await planImport(prisma, encode(`${header}\ndue-0,Words,Summary,Someone,2025-01-01,PROMISE,31/12/2025,\n`));
    expect(Object.keys(bad.rows[0]!.errors)).toEqual(["due_at"]);
    expect(await applyImport(prisma, editor, encode(`${header}\ndue-1,We will sign by December,Summary,Someone,2025-01-01,PROMISE,2025-12-31,per the speech\n`))).toEqual({
      created: 1,
      skipped: 0,
    });
    expect(await prisma.claim.findUniqueOrThrow({ where: { externalId: "due-1" } })).toMatchObject({ dueAt: new Date("2025-12-31T00:00:00Z"), dueNote: "per the speech" });
  });

  it("flags the same claim twice in one file", async () => {
    const row = ",Same words,Summary,Someone,,,,,2025-01-01,PROMISE,,";
    const plan = await planImport(prisma, encode([HEADER, row, row].join("\n")));
    expect(plan.rows[1]!.errors.external_id).toEqual(["The same claim as line 2."]);
  });

  it.each([
    ["an empty file", new Uint8Array(), "The file is empty."],
    ["a file in another encoding", new Uint8Array([...encode("quote,summary,claimant,stated_at,kind\n"), 0xe9, 0x0a]), /not UTF-8/],
    ["a missing header", encode("We will sign,A promise,Someone,2025-01-01,PROMISE\n"), /lacks the columns quote, summary, claimant, stated_at, kind/],
    ["ragged rows", encode(`${HEADER}\nx,only,three`), /not valid CSV \(line 2\)/],
    ["an unclosed quote", encode(`${HEADER}\nx,"open,b,c,d,e,f,g,h,2025-01-01,PROMISE,,`), /not valid CSV/],
    ["a 50 MB file", new Uint8Array(50 * 1024 * 1024), `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split it into smaller files.`],
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
      const file = encode([HEADER, "r-1,Written first,Summary,Brand New Person,,,https://news.example/new,,2025-01-01,PROMISE,,", "r-2,refused by the database,Summary,Someone,,,,,2025-01-01,PROMISE,,"].join("\n"));
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
