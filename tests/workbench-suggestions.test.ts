import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { AuthorizationError, DomainError } from "@/lib/errors.ts";
import { LABELLED_SET_DIR } from "@/lib/suggestions/paths.ts";
import { createClaimSchema } from "@/lib/workbench/claim-schemas.ts";
import { createClaim } from "@/lib/workbench/claims.ts";
import { deleteSource, sourceInputSchema, updateSource } from "@/lib/workbench/sources.ts";
import {
  claimFormPrefill,
  dismissSuggestion,
  dismissSuggestions,
  loadSuggestions,
  newClaimHref,
  occurrenceAt,
  restoreSuggestion,
  type SourceSuggestion,
} from "@/lib/workbench/suggestions.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

const BODY = readFileSync(path.join(LABELLED_SET_DIR, "extra/rail-investment.txt"), "utf8");
const PUBLISHED = new Date("2025-03-13T00:00:00Z");

const {
  prisma,
  users: { editor },
} = useMigratedDatabase({ users: { editor: { role: "EDITOR" } } });
let weberId: number;

beforeAll(async () => {
  weberId = (await prisma.claimant.create({ data: { slug: "claudia-weber", name: "Claudia Weber", title: "Transport Minister" } })).id;
});

const newSource = (body = BODY) => prisma.source.create({ data: { title: "Rail investment", body, publishedAt: PUBLISHED } });

async function suggestionsOf(sourceId: number): Promise<SourceSuggestion[]> {
  const suggestions = await loadSuggestions(prisma, sourceId);
  if (!suggestions) throw new Error("no such source");
  return suggestions;
}

const find = (suggestions: SourceSuggestion[], words: string) => {
  const found = suggestions.find((suggestion) => suggestion.text.startsWith(words));
  if (!found) throw new Error(`no suggestion “${words}”`);
  return found;
};
const ref = (sourceId: number, { start, end, text }: SourceSuggestion) => ({ sourceId, start, end, text });
const dismissedRows = () => prisma.dismissedSuggestion.count();

describe("loading a source's suggestions", () => {
  it("is null for an unknown source", async () => {
    expect(await loadSuggestions(prisma, 999_999)).toBeNull();
  });

  it("lists the statements with an existing or new claimant, kind, due date and occurrence", async () => {
    const source = await newSource();
    const suggestions = await suggestionsOf(source.id);
    expect(suggestions).toHaveLength(5);
    for (const suggestion of suggestions) expect(BODY.slice(suggestion.start, suggestion.end)).toBe(suggestion.text);

    // Weber's two quotes, either side of "Weber said.", are one statement.
    const finish = find(suggestions, "We will modernise the southern routes first");
    expect(finish).toMatchObject({
      kind: "quote",
      claimant: { id: weberId, name: "Claudia Weber", title: "Transport Minister" },
      claimKind: "PROMISE",
      dueDate: "2026-12-31",
      occurrence: 1,
      claimId: null,
      dismissed: false,
    });
    expect(find(suggestions, "workers could strike again").claimant).toEqual({ id: null, name: "Thomas Brandt", title: "union's leader" });
  });

  it("marks a suggestion whose words a claim of the source covers, and only that one", async () => {
    const source = await newSource();
    const finish = find(await suggestionsOf(source.id), "We will modernise the southern routes first");
    const claim = await createClaim(prisma, editor, {
      quote: "the northern line",
      summary: "The northern line will be finished next year.",
      claimantId: weberId,
      sourceId: source.id,
      statedAt: "2025-03-13",
      kind: "PROMISE",
    });
    const suggestions = await suggestionsOf(source.id);
    expect(suggestions.filter((suggestion) => suggestion.claimId !== null).map((suggestion) => [suggestion.text, suggestion.claimId])).toEqual([
      [finish.text, claim.id],
    ]);
  });
});

describe("dismissing and restoring", () => {
  it("hides a suggestion for that source, remembered, idempotent, and undone by restore", async () => {
    const [source, other] = [await newSource(), await newSource()];
    const strike = find(await suggestionsOf(source.id), "workers could strike again");

    await dismissSuggestion(prisma, editor, ref(source.id, strike));
    await dismissSuggestion(prisma, editor, { ...ref(source.id, strike), start: String(strike.start), end: String(strike.end) });
    const rows = await prisma.dismissedSuggestion.findMany({ where: { sourceId: source.id } });
    expect(rows).toEqual([expect.objectContaining({ start: strike.start, end: strike.end, text: strike.text, dismissedById: editor.id })]);
    expect((await suggestionsOf(source.id)).filter((suggestion) => suggestion.dismissed).map((suggestion) => suggestion.text)).toEqual([strike.text]);
    expect((await suggestionsOf(other.id)).some((suggestion) => suggestion.dismissed)).toBe(false);

    await restoreSuggestion(prisma, editor, ref(source.id, strike));
    expect((await suggestionsOf(source.id)).some((suggestion) => suggestion.dismissed)).toBe(false);
    await expect(restoreSuggestion(prisma, editor, ref(source.id, strike))).resolves.toMatchObject({ start: strike.start });
  });

  it("no longer applies once the source's text is edited so that the words moved", async () => {
    const source = await newSource();
    const strike = find(await suggestionsOf(source.id), "workers could strike again");
    await dismissSuggestion(prisma, editor, ref(source.id, strike));
    const edited = `Updated. ${BODY}`;
    await updateSource(prisma, editor, source.id, { ...sourceInputSchema.parse({ title: "Rail investment", publishedAt: "2025-03-13", body: edited }), versionReason: "Edited." });
    const moved = find(await suggestionsOf(source.id), "workers could strike again");
    expect(moved.start).toBe(strike.start + "Updated. ".length);
    expect(moved.dismissed).toBe(false);
  });

  it("does not keep a source from being deleted", async () => {
    const source = await newSource();
    await dismissSuggestion(prisma, editor, ref(source.id, find(await suggestionsOf(source.id), "workers could strike again")));
    await deleteSource(prisma, editor, source.id);
    expect(await prisma.dismissedSuggestion.count({ where: { sourceId: source.id } })).toBe(0);
  });

  it("refuses bad input, unknown sources, stale words and a caller without the role, writing nothing", async () => {
    const source = await newSource();
    const strike = find(await suggestionsOf(source.id), "workers could strike again");
    const before = await dismissedRows();
    const good = ref(source.id, strike);

    await expect(dismissSuggestion(prisma, { id: editor.id, role: "READER" as never }, good)).rejects.toThrow(AuthorizationError);
    await expect(restoreSuggestion(prisma, { id: editor.id, role: "READER" as never }, good)).rejects.toThrow(AuthorizationError);
    await expect(dismissSuggestion(prisma, editor, { ...good, sourceId: 999_999 })).rejects.toThrow(DomainError);
    await expect(dismissSuggestion(prisma, editor, { ...good, start: good.start + 1, end: good.end + 1 })).rejects.toThrow(/text has changed/);
    const tail = BODY.length - 3;
    await expect(dismissSuggestion(prisma, editor, { ...good, start: tail, end: tail + 10, text: "x".repeat(10) })).rejects.toThrow(DomainError);
    await expect(dismissSuggestion(prisma, editor, { ...good, start: -1 })).rejects.toThrow(ZodError);
    await expect(dismissSuggestion(prisma, editor, { ...good, end: good.end + 5 })).rejects.toThrow(ZodError);
    await expect(dismissSuggestion(prisma, editor, { ...good, start: "1e3" })).rejects.toThrow(ZodError);
    await expect(dismissSuggestion(prisma, editor, { ...good, text: "" })).rejects.toThrow(ZodError);
    expect(await dismissedRows()).toBe(before);
  });
});

describe("dismissing several at once", () => {
  const spans = (...suggestions: SourceSuggestion[]) => suggestions.map(({ start, end, text }) => `${start}:${end}:${text}`);

  it("dismisses every selected suggestion, words with colons included", async () => {
    const source = await newSource();
    const all = (await suggestionsOf(source.id)).filter((suggestion) => suggestion.claimId === null);
    expect(all.length).toBeGreaterThanOrEqual(3);
    const chosen = all.slice(0, 3);
    const dismissed = await dismissSuggestions(prisma, editor, { sourceId: String(source.id), suggestions: spans(...chosen) });
    expect(dismissed.map((ref) => ref.text)).toEqual(chosen.map((suggestion) => suggestion.text));
    const after = await suggestionsOf(source.id);
    expect(after.filter((suggestion) => suggestion.dismissed).map((suggestion) => suggestion.start)).toEqual(chosen.map((suggestion) => suggestion.start));

    const colon = await prisma.source.create({ data: { title: "Colon", body: "Anna Berg said: the bridge would open in May: or June." } });
    const words = "the bridge would open in May: or June";
    const start = "Anna Berg said: ".length;
    await dismissSuggestions(prisma, editor, { sourceId: String(colon.id), suggestions: [`${start}:${start + words.length}:${words}`] });
    expect(await prisma.dismissedSuggestion.findMany({ where: { sourceId: colon.id }, select: { text: true } })).toEqual([{ text: words }]);
  });

  it("writes nothing when one suggestion is stale, none is selected, or the caller lacks the role", async () => {
    const source = await newSource();
    const [first, second] = (await suggestionsOf(source.id)).filter((suggestion) => suggestion.claimId === null) as [SourceSuggestion, SourceSuggestion];
    const before = await dismissedRows();
    const stale = `${second.start + 1}:${second.end + 1}:${second.text}`;
    await expect(dismissSuggestions(prisma, editor, { sourceId: String(source.id), suggestions: [...spans(first), stale] })).rejects.toThrow(/text has changed/);
    await expect(dismissSuggestions(prisma, editor, { sourceId: String(source.id), suggestions: [] })).rejects.toThrow(ZodError);
    await expect(dismissSuggestions(prisma, editor, { sourceId: String(source.id), suggestions: ["x:1:words"] })).rejects.toThrow(ZodError);
    await expect(dismissSuggestions(prisma, editor, { sourceId: "999999", suggestions: spans(first) })).rejects.toThrow(DomainError);
    await expect(dismissSuggestions(prisma, { id: editor.id, role: "READER" as never }, { sourceId: String(source.id), suggestions: spans(first) })).rejects.toThrow(
      AuthorizationError,
    );
    expect(await dismissedRows()).toBe(before);
  });
});

describe("creating a claim from a suggestion", () => {
  it("counts which occurrence of the words starts at the offset, overlapping matches included", () => {
    expect(occurrenceAt("a b a b a", "a", 0)).toBe(1);
    expect(occurrenceAt("a b a b a", "a", 8)).toBe(3);
    expect(occurrenceAt("aaa", "aa", 1)).toBe(2);
  });

  it("prefills the claim form with quote, occurrence, claimant, kind, statedAt and due date, and the claim anchors there", async () => {
    const repeated = `${BODY}\nWeber repeated: “We will finish the northern line by the end of next year,” the minister said.`;
    const source = await newSource(repeated);
    // The first "We will finish…" is part of Weber's statement that starts "We will modernise…".
    const second = (await suggestionsOf(source.id)).filter((suggestion) => suggestion.text.startsWith("We will finish the northern line"))[0]!;
    expect(second.occurrence).toBe(2);

    const href = newClaimHref(source, second);
    const params = Object.fromEntries(new URL(href, "http://localhost").searchParams);
    const options = { sources: [{ id: source.id }], claimants: [{ id: weberId }] };
    const initial = claimFormPrefill(params, options);
    expect(initial).toEqual({
      sourceId: String(source.id),
      quote: second.text,
      quoteOccurrence: "2",
      claimantId: String(weberId),
      kind: "PROMISE",
      statedAt: "2025-03-13",
      dueAt: "2026-12-31",
      visibility: "DRAFT",
    });

    const claim = await createClaim(prisma, editor, createClaimSchema.parse({ ...initial, summary: "Finished by the end of 2026." }));
    expect([claim.anchorStart, claim.anchorEnd]).toEqual([second.start, second.end]);
    expect(claim.dueAt?.toISOString().slice(0, 10)).toBe("2026-12-31");
  });

  it("prefills a new claimant's name and title when no claimant matched", async () => {
    const source = await newSource();
    const strike = find(await suggestionsOf(source.id), "workers could strike again");
    expect(strike.claimant).toEqual({ id: null, name: "Thomas Brandt", title: "union's leader" });
    // An article with no date, whose text does not say when either.
    const titled = { ...strike, statedAt: null, claimant: { id: null, name: "Thomas Brandt", title: "The union's leader" } };
    const params = Object.fromEntries(new URL(newClaimHref({ id: source.id, publishedAt: null }, titled), "http://localhost").searchParams);
    expect(params).not.toHaveProperty("statedAt");
    expect(claimFormPrefill(params, { sources: [{ id: source.id }], claimants: [] })).toMatchObject({
      claimantId: "new",
      claimantName: "Thomas Brandt",
      claimantTitle: "The union's leader",
      kind: "ASSERTION",
      statedAt: "",
      dueAt: "",
    });
    // The day the text gives ("on Monday") comes before the article's.
    const dated = newClaimHref({ id: source.id, publishedAt: new Date("2025-03-13") }, { ...strike, statedAt: "2025-03-10", statedAtSource: "text" });
    expect(new URL(dated, "http://localhost").searchParams.get("statedAt")).toBe("2025-03-10");
  });

  it("ignores each invalid, unknown or repeated parameter on its own", () => {
    const options = { sources: [{ id: 7 }], claimants: [{ id: 3 }] };
    const empty = { sourceId: "", quote: "", quoteOccurrence: "", claimantId: "", kind: "PROMISE", statedAt: "", dueAt: "", visibility: "DRAFT" };
    expect(claimFormPrefill({}, options)).toEqual(empty);
    expect(
      claimFormPrefill(
        { source: "8", quote: "words", occurrence: "2", claimant: "4", kind: "GUESS", statedAt: "13/03/2025", dueAt: "2025-02-30", claimantName: "   " },
        options,
      ),
    ).toEqual(empty);
    expect(claimFormPrefill({ source: "7", quote: "words", occurrence: "0", claimant: ["3", "3"], statedAt: "2025-03-13" }, options)).toEqual({
      ...empty,
      sourceId: "7",
      quote: "words",
      statedAt: "2025-03-13",
    });
    expect(claimFormPrefill({ claimant: "3", claimantName: "Someone Else", kind: "PREDICTION", dueAt: "2026-01-31" }, options)).toEqual({
      ...empty,
      claimantId: "3",
      kind: "PREDICTION",
      dueAt: "2026-01-31",
    });
    expect(claimFormPrefill({ claimant: "99", claimantName: "Someone Else", claimantTitle: "x".repeat(201) }, options)).toMatchObject({
      claimantId: "new",
      claimantName: "Someone Else",
      claimantTitle: "",
    });
  });
});
