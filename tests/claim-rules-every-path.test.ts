/**
 * One rule set on every path in: the same invalid claim sent through the claim form's Server
 * Action, the CSV import's dry run, the CSV import itself and createClaimIn (what the seed and
 * scripts call) is refused by each, on the same field, with the same message, and nothing is written.
 */
import { getURLFromRedirectError } from "next/dist/client/components/redirect.js";
import { isRedirectError } from "next/dist/client/components/redirect-error.js";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ZodError } from "zod";
import { utcToday } from "@/lib/due-dates.ts";
import { DomainError } from "@/lib/errors.ts";
import { applyImport, ImportRefusedError, planImport } from "@/lib/reports/claims-import.ts";
import { createClaimIn } from "@/lib/workbench/claims.ts";
import type { NewClaimInput } from "@/lib/workbench/claim-schemas.ts";
import { actAs } from "./support/session.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

vi.mock("@/lib/accounts/session.ts", () => import("./support/session.ts"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const ARTICLE = "GENEVA — The minister said the talks had made tangible progress. Tangible progress, she said, was not yet a deal. Later, the talks had made tangible progress again.";
const ARTICLE_URL = "https://news.example/geneva";

const {
  prisma,
  users: { editor },
} = useMigratedDatabase({ appDatabase: true, users: { editor: { role: "EDITOR" } } });

let sourceId: number;
let claimantId: number;
beforeAll(async () => {
  sourceId = (await prisma.source.create({ data: { title: "Geneva talks", url: ARTICLE_URL, body: ARTICLE } })).id;
  claimantId = (await prisma.claimant.create({ data: { name: "Anna Berg", slug: "anna-berg" } })).id;
  actAs(editor.id);
});

const tomorrow = new Date(Date.parse(`${utcToday()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A valid claim, field by field, as the form names them. */
const VALID = {
  quote: "the talks had made tangible progress. Tangible",
  summary: "The talks moved forward.",
  statedAt: "2025-01-02",
  kind: "ASSERTION",
  tags: "talks",
  dueAt: "",
  quoteOccurrence: "",
};
type Field = keyof typeof VALID;
const COLUMN: Record<Field, string> = {
  quote: "quote",
  summary: "summary",
  statedAt: "stated_at",
  kind: "kind",
  tags: "tags",
  dueAt: "due_at",
  quoteOccurrence: "quote_occurrence",
};

const CASES: { name: string; change: Partial<Record<Field, string>>; field: Field; message: string | RegExp }[] = [
  { name: "a quote that is not in the source", change: { quote: "We will never negotiate" }, field: "quote", message: "These exact words are not in the source's text: copy them from it, or choose no source." },
  { name: "a quote found twice without saying which", change: { quote: "the talks had made tangible progress" }, field: "quoteOccurrence", message: "These words occur 2 times in the source: say which occurrence is meant (1–2)." },
  { name: "an occurrence that does not exist", change: { quote: "the talks had made tangible progress", quoteOccurrence: "3" }, field: "quoteOccurrence", message: "These words occur 2 times in the source; there is no occurrence 3." },
  { name: "a statement dated tomorrow", change: { statedAt: tomorrow }, field: "statedAt", message: `The date of the statement cannot be after today (${utcToday()}).` },
  { name: "a statement on 30 February", change: { statedAt: "2025-02-30" }, field: "statedAt", message: "There is no 30 February 2025." },
  { name: "29 February of a year that is not a leap year", change: { statedAt: "2023-02-29" }, field: "statedAt", message: "There is no 29 February 2023." },
  { name: "an empty statement date", change: { statedAt: "" }, field: "statedAt", message: "Enter the date of the statement." },
  { name: "a due date before the statement", change: { dueAt: "2025-01-01" }, field: "dueAt", message: "The due date cannot be before the statement (2025-01-02)." },
  { name: "a due date that is no day", change: { dueAt: "2025-04-31" }, field: "dueAt", message: "There is no 31 April 2025." },
  { name: "a NUL byte in the summary", change: { summary: "The\u0000 talks" }, field: "summary", message: "A neutral summary: remove the control character U+0000 at position 4." },
  { name: "an escape character in a tag", change: { tags: "talks, \u001b[31m" }, field: "tags", message: "A tag: remove the control character U+001B at position 1." },
  { name: "an over-long summary", change: { summary: "x".repeat(2_001) }, field: "summary", message: "A neutral summary: at most 2,000 characters (this has 2,001)." },
  { name: "a kind that does not exist", change: { kind: "GUESS" }, field: "kind", message: "Choose the kind of statement." },
];

const counts = async () => ({ claims: await prisma.claim.count(), events: await prisma.claimEvent.count(), claimants: await prisma.claimant.count() });

type Refusal = { field: string; message: string };

const csvCell = (value: string) => `"${value.replaceAll('"', '""')}"`;
function csvFile(claim: typeof VALID): Uint8Array {
  const header = ["quote", "summary", "claimant", "source_url", "stated_at", "kind", "tags", "due_at", "quote_occurrence"];
  const row = [claim.quote, claim.summary, "Anna Berg", ARTICLE_URL, claim.statedAt, claim.kind, claim.tags, claim.dueAt, claim.quoteOccurrence];
  return new TextEncoder().encode(`${header.join(",")}\n${row.map(csvCell).join(",")}\n`);
}

/** The refusals of one path, as (form field, message) pairs. */
const PATHS: Record<string, (claim: typeof VALID) => Promise<Refusal[]>> = {
  "the claim form": async (claim) => {
    const { createClaimAction } = await import("@/app/editor/claims/actions.ts");
    const form = new FormData();
    for (const [key, value] of Object.entries({ ...claim, claimantId: String(claimantId), sourceId: String(sourceId) })) form.set(key, value);
    const state = await createClaimAction({ status: "idle" }, form);
    expect(state.status).toBe("error");
    expect(state.values).toMatchObject({ quote: claim.quote, claimantId: String(claimantId), sourceId: String(sourceId) });
    return Object.entries(state.fieldErrors ?? {}).flatMap(([field, messages]) => messages.map((message) => ({ field, message })));
  },
  "the import's dry run": async (claim) => fromImportRows((await planImport(prisma, editor, csvFile(claim))).rows[0]!.errors),
  "the import": async (claim) => {
    const error = await applyImport(prisma, editor, csvFile(claim)).then(
      () => expect.fail("the import should have been refused"),
      (refused: unknown) => refused,
    );
    expect(error).toBeInstanceOf(ImportRefusedError);
    return fromImportRows((error as ImportRefusedError).plan.rows[0]!.errors);
  },
  "createClaimIn (the seed and scripts)": async (claim) => {
    const input = { ...claim, claimant: { id: claimantId }, sourceId } as NewClaimInput;
    const error = await prisma.$transaction((tx) => createClaimIn(tx, editor, input)).then(
      () => expect.fail("the claim should have been refused"),
      (refused: unknown) => refused,
    );
    if (error instanceof ZodError) return error.issues.map((issue) => ({ field: String(issue.path[0]), message: issue.message }));
    expect(error).toBeInstanceOf(DomainError);
    return Object.entries((error as DomainError).fieldErrors).flatMap(([field, messages]) => messages.map((message) => ({ field, message })));
  },
};

function fromImportRows(errors: Record<string, string[]>): Refusal[] {
  const fieldOf = Object.fromEntries(Object.entries(COLUMN).map(([field, column]) => [column, field]));
  return Object.entries(errors).flatMap(([column, messages]) => messages.map((message) => ({ field: fieldOf[column] ?? column, message })));
}

describe("the same claim rules on every path in", () => {
  it.each(Object.keys(PATHS).map((path, index) => [path, index] as const))("%s accepts the valid claim (so the refusals below are the rule's, not the fixture's)", async (path, index) => {
    // Each on its own day: the import takes the same claimant, day and quote for a claim it already has.
    const claim = { ...VALID, statedAt: `2025-01-1${index}`, summary: `${VALID.summary} (${path})` };
    if (path === "the claim form") {
      const { createClaimAction } = await import("@/app/editor/claims/actions.ts");
      const form = new FormData();
      for (const [key, value] of Object.entries({ ...claim, claimantId: String(claimantId), sourceId: String(sourceId) })) form.set(key, value);
      const redirect = await createClaimAction({ status: "idle" }, form).catch((error: unknown) => error);
      expect(isRedirectError(redirect)).toBe(true);
      expect(getURLFromRedirectError(redirect as never)).toMatch(/^\/editor\/claims\/\d+$/);
    } else if (path === "createClaimIn (the seed and scripts)") {
      await prisma.$transaction((tx) => createClaimIn(tx, editor, { ...claim, claimant: { id: claimantId }, sourceId } as NewClaimInput));
    } else if (path === "the import") {
      expect(await applyImport(prisma, editor, csvFile(claim))).toEqual({ created: 1, skipped: 0 });
    } else {
      expect((await planImport(prisma, editor, csvFile(claim))).rows[0]!.errors).toEqual({});
    }
    expect(await prisma.claim.count({ where: { summary: claim.summary } })).toBe(path === "the import's dry run" ? 0 : 1);
  });

  describe.each(CASES)("$name", ({ change, field, message }) => {
    it.each(Object.keys(PATHS))("is refused by %s on its field with the same message, writing nothing", async (path) => {
      const before = await counts();
      const refusals = await PATHS[path]!({ ...VALID, ...change });
      expect(refusals).toContainEqual({ field, message });
      expect(await counts()).toEqual(before);
    });
  });

  it("accepts the edges: 29 February of a leap year, a statement made today, a due date on the day of the statement", async () => {
    for (const [statedAt, dueAt] of [
      ["2024-02-29", ""],
      [utcToday(), ""],
      ["2025-01-02", "2025-01-02"],
    ] as const) {
      const claim = { ...VALID, statedAt, dueAt, summary: `Edge ${statedAt} ${dueAt}` };
      expect((await planImport(prisma, editor, csvFile(claim))).rows[0]!.errors).toEqual({});
      await prisma.$transaction((tx) => createClaimIn(tx, editor, { ...claim, claimant: { id: claimantId }, sourceId } as NewClaimInput));
    }
  });
});
