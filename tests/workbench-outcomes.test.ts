import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { DomainError } from "@/lib/errors.ts";
import { changeStatus, StaleVersionError } from "@/lib/workbench/claims.ts";
import { createOutcome, linkOutcome, unlinkOutcome, updateOutcome } from "@/lib/workbench/outcomes.ts";
import { useMigratedDatabase } from "./support/test-database.ts";
import { createTestClaim, createTestOutcome } from "./support/workbench.ts";

const {
  prisma,
  users: { editor },
} = useMigratedDatabase({ users: { editor: { role: "EDITOR" } } });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail("expected a rejection"),
    (error: unknown) => error,
  );
}

const fieldsIn = (error: unknown) => (error as ZodError).issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
const claimRow = (id: number) => prisma.claim.findUniqueOrThrow({ where: { id } });
const eventsOf = (claimId: number) => prisma.claimEvent.findMany({ where: { claimId }, orderBy: { id: "asc" } });

describe("createOutcome / updateOutcome", () => {
  it("stores an outcome evidenced by a web address or by a source", async () => {
    const byUrl = await createOutcome(prisma, editor, {
      title: " Abu Dhabi talks bring no breakthrough ",
      description: "",
      occurredAt: "2025-07-10",
      url: "https://example.org/abu-dhabi",
      sourceId: "",
    });
    expect(byUrl).toMatchObject({
      title: "Abu Dhabi talks bring no breakthrough",
      description: null,
      occurredAt: new Date("2025-07-10T00:00:00Z"),
      url: "https://example.org/abu-dhabi",
      sourceId: null,
      createdById: editor.id,
    });
    const source = await prisma.source.create({ data: { title: "Report", body: "Text." } });
    const bySource = await createOutcome(prisma, editor, { title: "Treaty text agreed", occurredAt: "2025-03-13", sourceId: String(source.id) });
    expect(bySource).toMatchObject({ sourceId: source.id, url: null });
  });

  it("accepts only http and https addresses", async () => {
    for (const url of ["javascript:alert(1)", "ftp://example.org/file", "data:text/html,hi", "not a url"]) {
      const error = await rejection(createOutcome(prisma, editor, { title: "T", occurredAt: "2025-01-01", url }));
      expect(fieldsIn(error)).toEqual(["url: Enter a web address starting with http:// or https://."]);
    }
    await expect(createOutcome(prisma, editor, { title: "T", occurredAt: "2025-01-01", url: "http://example.org" })).resolves.toBeTruthy();
  });

  it("needs one source or one address, and a title and a valid date", async () => {
    const neither = await rejection(createOutcome(prisma, editor, { title: "", occurredAt: "2025-13-01" }));
    expect(fieldsIn(neither).map((line) => line.split(":")[0]).sort()).toEqual(["occurredAt", "title"]);
    const none = await rejection(createOutcome(prisma, editor, { title: "T", occurredAt: "2025-01-01" }));
    expect(fieldsIn(none).map((line) => line.split(":")[0]).sort()).toEqual(["sourceId", "url"]);
    const source = await prisma.source.create({ data: { title: "Both", body: "Text." } });
    const both = await rejection(createOutcome(prisma, editor, { title: "T", occurredAt: "2025-01-01", url: "https://example.org", sourceId: source.id }));
    expect(fieldsIn(both)).toEqual(["url: Give either a source or a web address, not both."]);
    const unknownSource = await rejection(createOutcome(prisma, editor, { title: "T", occurredAt: "2025-01-01", sourceId: 999_999 }));
    expect((unknownSource as DomainError).fieldErrors.sourceId).toBeDefined();
  });

  it("happens on a real day between 1900 and today", async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    for (const [occurredAt, message] of [
      ["2025-02-30", "There is no 30 February 2025."],
      ["1899-12-31", "The date it happened cannot be before 1900."],
      [tomorrow, `The date it happened cannot be after today (${new Date().toISOString().slice(0, 10)}).`],
      ["", "Enter the date it happened."],
    ] as const) {
      const error = await rejection(createOutcome(prisma, editor, { title: "T", occurredAt, url: "https://example.org" }));
      expect(fieldsIn(error)).toEqual([`occurredAt: ${message}`]);
    }
    await expect(createOutcome(prisma, editor, { title: "T", occurredAt: "1900-01-01", url: "https://example.org" })).resolves.toBeTruthy();
  });

  it("edits an outcome", async () => {
    const outcome = await createTestOutcome(prisma, editor);
    const updated = await updateOutcome(prisma, editor, outcome.id, { title: "Declaration signed at the White House", occurredAt: "2025-08-08", url: outcome.url });
    expect(updated).toMatchObject({ id: outcome.id, title: "Declaration signed at the White House" });
    await expect(updateOutcome(prisma, editor, 999_999, { title: "x", occurredAt: "2025-08-08", url: "https://x.org" })).rejects.toThrow("does not exist");
  });
});

describe("linkOutcome", () => {
  it("links, bumps the claim's version and records OUTCOME_LINKED with the outcome, relation and note", async () => {
    const claim = await createTestClaim(prisma, editor);
    const outcome = await createTestOutcome(prisma, editor);
    await linkOutcome(prisma, editor, claim.id, 1, { outcomeId: outcome.id, relation: "PARTIAL", note: "Signed, but not ratified." });

    expect(await prisma.claimOutcome.findMany({ where: { claimId: claim.id } })).toMatchObject([
      { outcomeId: outcome.id, relation: "PARTIAL", note: "Signed, but not ratified.", createdById: editor.id },
    ]);
    expect(await claimRow(claim.id)).toMatchObject({ version: 2, outcomeCount: 1 });
    expect((await eventsOf(claim.id)).at(-1)).toMatchObject({
      type: "OUTCOME_LINKED",
      outcomeId: outcome.id,
      rationale: "Signed, but not ratified.",
      diff: { relation: { from: null, to: "PARTIAL" } },
    });
  });

  it("refuses a duplicate link and writes nothing", async () => {
    const claim = await createTestClaim(prisma, editor);
    const outcome = await createTestOutcome(prisma, editor);
    await linkOutcome(prisma, editor, claim.id, 1, { outcomeId: outcome.id, relation: "SUPPORTS" });
    const error = await rejection(linkOutcome(prisma, editor, claim.id, 2, { outcomeId: outcome.id, relation: "CONTEXT" }));
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).message).toBe("This outcome is already linked to the claim.");
    expect(await claimRow(claim.id)).toMatchObject({ version: 2, outcomeCount: 1 });
    expect((await eventsOf(claim.id)).map((event) => event.type)).toEqual(["CREATED", "OUTCOME_LINKED"]);
  });

  it("rolls back the claim's version bump when the link cannot be written (unknown outcome)", async () => {
    const claim = await createTestClaim(prisma, editor);
    const error = await rejection(linkOutcome(prisma, editor, claim.id, 1, { outcomeId: 999_999, relation: "SUPPORTS" }));
    expect((error as DomainError).message).toBe("That outcome does not exist.");
    expect(await claimRow(claim.id)).toMatchObject({ version: 1, outcomeCount: 0 });
    expect((await eventsOf(claim.id)).map((event) => event.type)).toEqual(["CREATED"]);
  });

  it("refuses a stale version", async () => {
    const claim = await createTestClaim(prisma, editor);
    const [first, second] = [await createTestOutcome(prisma, editor, "One"), await createTestOutcome(prisma, editor, "Two")];
    await linkOutcome(prisma, editor, claim.id, 1, { outcomeId: first.id, relation: "SUPPORTS" });
    await expect(linkOutcome(prisma, editor, claim.id, 1, { outcomeId: second.id, relation: "SUPPORTS" })).rejects.toBeInstanceOf(StaleVersionError);
    expect(await prisma.claimOutcome.count({ where: { claimId: claim.id } })).toBe(1);
  });
});

describe("unlinkOutcome", () => {
  it("unlinks and records OUTCOME_UNLINKED", async () => {
    const claim = await createTestClaim(prisma, editor);
    const outcome = await createTestOutcome(prisma, editor);
    await linkOutcome(prisma, editor, claim.id, 1, { outcomeId: outcome.id, relation: "CONTRADICTS" });
    await unlinkOutcome(prisma, editor, claim.id, 2, outcome.id);
    expect(await claimRow(claim.id)).toMatchObject({ version: 3, outcomeCount: 0 });
    expect((await eventsOf(claim.id)).at(-1)).toMatchObject({
      type: "OUTCOME_UNLINKED",
      outcomeId: outcome.id,
      diff: { relation: { from: "CONTRADICTS", to: null } },
    });
    await expect(unlinkOutcome(prisma, editor, claim.id, 3, outcome.id)).rejects.toThrow("not linked");
  });

  it("refuses to unlink the last outcome of a verdict, saying why", async () => {
    const claim = await createTestClaim(prisma, editor);
    const [first, second] = [await createTestOutcome(prisma, editor, "One"), await createTestOutcome(prisma, editor, "Two")];
    await linkOutcome(prisma, editor, claim.id, 1, { outcomeId: first.id, relation: "SUPPORTS" });
    await linkOutcome(prisma, editor, claim.id, 2, { outcomeId: second.id, relation: "SUPPORTS" });
    await changeStatus(prisma, editor, claim.id, 3, { status: "FULFILLED", rationale: "Both show it." });

    await unlinkOutcome(prisma, editor, claim.id, 4, first.id);
    const error = await rejection(unlinkOutcome(prisma, editor, claim.id, 5, second.id));
    expect((error as DomainError).message).toMatch(/last outcome.*“Borne out” is a verdict, which must rest on at least one outcome/);
    expect(await claimRow(claim.id)).toMatchObject({ version: 5, outcomeCount: 1, status: "FULFILLED" });

    await changeStatus(prisma, editor, claim.id, 5, { status: "UNVERIFIABLE", rationale: "The evidence was withdrawn." });
    await unlinkOutcome(prisma, editor, claim.id, 6, second.id);
    expect(await claimRow(claim.id)).toMatchObject({ outcomeCount: 0, status: "UNVERIFIABLE" });
  });
});
