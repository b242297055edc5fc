import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { evaluate, loadEvaluationCases, type Evaluation } from "@/lib/suggestions/evaluate.ts";
import { suggestClaims } from "@/lib/suggestions/index.ts";
import { ARTICLES_DIR, EXTRA_SET_DIR, LABELLED_SET_DIR, LAST_ROUND, roundSetDir, UNSEEN_SET_DIR } from "@/lib/suggestions/paths.ts";
import { suggestionListSchema } from "@/lib/suggestions/schema.ts";

const run = promisify(execFile);
const EXTRA_DIR = EXTRA_SET_DIR;
const read = (dir: string, file: string) => readFileSync(path.join(dir, file), "utf8");
const articles = (dir: string) => readdirSync(dir).filter((file) => file.endsWith(".txt"));
const brief = (body: string, publishedAt: Date | null = null) =>
  suggestClaims(body, { publishedAt }).map(({ kind, text, speaker, claimKind, dueDate }) => ({ kind, text, speaker, claimKind, dueDate }));

function expectWellFormed(body: string) {
  const suggestions = suggestionListSchema.parse(suggestClaims(body));
  for (const suggestion of suggestions) expect(body.slice(suggestion.start, suggestion.end)).toBe(suggestion.text);
  const starts = suggestions.map((suggestion) => suggestion.start);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
  const keys = suggestions.map((suggestion) => `${suggestion.kind}:${suggestion.start}:${suggestion.end}`);
  expect(new Set(keys).size).toBe(keys.length);
  return suggestions;
}

function expectTargets({ quote, reported }: Evaluation) {
  expect(quote.recall).toBeGreaterThanOrEqual(0.95);
  expect(quote.precision).toBeGreaterThanOrEqual(0.85);
  expect(quote.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
  expect(reported.recall).toBeGreaterThanOrEqual(0.8);
  expect(reported.precision).toBeGreaterThanOrEqual(0.8);
  expect(reported.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
}

// The five labelled news articles are copyrighted and kept outside the repository; a clone without
// them still scores the seven in-repo articles, labelled beside them in tests/fixtures/suggestions/extra.
describe.runIf(existsSync(ARTICLES_DIR))("suggestions on the shared articles (needs ../shared/articles)", () => {
  const shared = existsSync(ARTICLES_DIR) ? articles(ARTICLES_DIR) : [];

  it("finds the five shared articles", () => {
    expect(shared).toHaveLength(5);
  });

  it.each(shared)("%s: valid, sorted, unique suggestions whose text is body.slice(start, end)", (file) => {
    expect(expectWellFormed(read(ARTICLES_DIR, file)).length).toBeGreaterThan(0);
  });

  it("meets the targets on the labelled set", () => {
    const evaluation = evaluate(loadEvaluationCases(LABELLED_SET_DIR, ARTICLES_DIR));
    expect(evaluation.quote.labelled).toBeGreaterThanOrEqual(15);
    expectTargets(evaluation);
  });
});

describe("suggestions on the in-repo articles", () => {
  it.each(articles(EXTRA_DIR))("%s: valid, sorted, unique suggestions whose text is body.slice(start, end)", (file) => {
    expectWellFormed(read(EXTRA_DIR, file));
  });

  it("meets the targets on their labelled set", () => {
    const evaluation = evaluate(loadEvaluationCases(EXTRA_DIR, EXTRA_DIR));
    expect([evaluation.quote.labelled, evaluation.reported.labelled]).toEqual([28, 39]);
    expectTargets(evaluation);
  });

  it("evaluation counts misses, false positives and wrong speakers", () => {
    const body = `“We will sign,” Paul Grant said. Critics called it a "deal that will never happen at all".`;
    const labels = {
      article: "test.txt",
      publishedAt: null,
      items: [
        { kind: "quote" as const, start: 1, text: "We will sign", speaker: "Someone Else" },
        { kind: "reported" as const, start: 0, text: "“We will sign,”", speaker: null },
      ],
    };
    const { quote, reported } = evaluate([{ name: "test.txt", body, labels, suggestions: suggestClaims(body) }]);
    expect([quote.matched, quote.suggested, quote.speakerCorrect]).toEqual([1, 2, 0]);
    expect(quote.falsePositives.map((item) => item.text)).toEqual(["deal that will never happen at all"]);
    expect(reported.misses).toHaveLength(1);
    expect(reported.recall).toBe(0);
  });

  it("rail investment article: « » and „ “ marks, attribution before and after, a quote continued after its attribution as one, skipped non-claims", () => {
    expect(brief(read(EXTRA_DIR, "rail-investment.txt"), new Date("2025-03-13T00:00:00Z"))).toEqual([
      { kind: "reported", text: "the government would spend €12 billion on regional rail lines within two years", speaker: "Claudia Weber", claimKind: "PROMISE", dueDate: "2027-03-13" },
      { kind: "quote", text: "We will modernise the southern routes first“, Weber said. “We will finish the northern line by the end of next year", speaker: "Claudia Weber", claimKind: "PROMISE", dueDate: "2026-12-31" },
      { kind: "reported", text: "workers could strike again", speaker: "Thomas Brandt", claimKind: "ASSERTION", dueDate: null },
      { kind: "quote", text: "If the promises are broken, we’ll be back on the platforms,” he said, “and this time for a week.", speaker: "Thomas Brandt", claimKind: "PROMISE", dueDate: null },
      { kind: "reported", text: "rail traffic fell by 8 percent in the first quarter", speaker: "Federal Statistics Office", claimKind: "ASSERTION", dueDate: null },
    ]);
  });

  it("central bank article: guillemets, a multi-paragraph straight-quote, pronouns, the ministry, a spokesman", () => {
    const found = brief(read(EXTRA_DIR, "central-bank.txt"), new Date("2025-03-13T00:00:00Z"));
    expect(found.map(({ kind, text, speaker }) => [kind, text, speaker])).toEqual([
      ["reported", "inflation was likely to fall below 2 percent by the end of the year", "Marie Dubois"],
      ["quote", "Nous ne sommes pas pressés", "Marie Dubois"],
      ["reported", "the bank was ready to act", "Marie Dubois"],
      ["quote", "We expect to lower rates next month if the data allow it,\" Dubois said. \"The labour market is cooling, and wages are growing more slowly than a year ago.", "Marie Dubois"],
      ["quote", "Our task is not finished, but the worst is behind us", "Marie Dubois"],
      ["reported", "growth would recover in the second half", "Finance Ministry"],
      ["quote", "We see no reason to change course", "Finance Ministry"],
      ["reported", "his government will cut the deficit within three years", "Jean Lefèvre"],
      ["reported", "no new taxes were planned", "Jean Lefèvre"],
    ]);
    expect(found[0]?.dueDate).toBe("2025-12-31");
    expect(found[3]?.dueDate).toBe("2025-04-30");
  });

  it("housing pledge article: titles before names, “she told the BBC, adding that”, “his office said”, a capital for the government, the council's own “will” said by its leader, short quotations named as speech (“called the pledge a …”, “hailed it as a …”)", () => {
    expect(brief(read(EXTRA_DIR, "housing-pledge.txt"), new Date("2025-05-14T00:00:00Z"))).toEqual([
      { kind: "reported", text: "Bristol City Council will build 10,000 affordable homes by the end of the decade", speaker: "Sarah Okafor", claimKind: "PROMISE", dueDate: "2029-12-31" },
      { kind: "quote", text: "We will not let another generation be priced out of the city they grew up in,\" Okafor told a packed council meeting. \"The first 2,000 homes will be ready by the end of 2027.", speaker: "Sarah Okafor", claimKind: "PROMISE", dueDate: "2027-12-31" },
      { kind: "reported", text: "The scheme would be paid for partly with a 300 million pound loan from central government", speaker: "Sarah Okafor", claimKind: "PREDICTION", dueDate: null },
      { kind: "reported", text: "talks with the Treasury were at an advanced stage", speaker: "Sarah Okafor", claimKind: "ASSERTION", dueDate: null },
      { kind: "reported", text: "Building on the first three sites will begin in September", speaker: "Mark Ellison", claimKind: "PREDICTION", dueDate: "2025-09-30" },
      { kind: "reported", text: "London would not cover the whole cost", speaker: "Daniel Hale", claimKind: "PROMISE", dueDate: null },
      { kind: "quote", text: "Councils have to put some skin in the game", speaker: "Daniel Hale", claimKind: "ASSERTION", dueDate: null },
      { kind: "reported", text: "the government would consider a larger loan", speaker: "Daniel Hale", claimKind: "PROMISE", dueDate: null },
      { kind: "quote", text: "fantasy wish list", speaker: "Tom Reeve", claimKind: "ASSERTION", dueDate: null },
      { kind: "quote", text: "long overdue step", speaker: "ACORN", claimKind: "ASSERTION", dueDate: null },
      { kind: "reported", text: "it would hold the council to its word", speaker: "ACORN", claimKind: "PREDICTION", dueDate: null },
      { kind: "reported", text: "private rents in Bristol rose 9.2 percent in the year to April", speaker: "Office for National Statistics", claimKind: "ASSERTION", dueDate: null },
      { kind: "quote", text: "It is ambitious, and it should be. People cannot wait another ten years.", speaker: "Sarah Okafor", claimKind: "ASSERTION", dueDate: null },
    ]);
  });

  it("steel talks article: Britain, UK, U.S. and Washington as countries, “…, the official added”, “according to a statement from his office”", () => {
    const found = brief(read(EXTRA_DIR, "steel-talks.txt"), new Date("2025-06-03T00:00:00Z"));
    expect(found.map(({ kind, text, speaker, claimKind }) => [kind, text, speaker, claimKind])).toEqual([
      ["reported", "Britain and the United States are close to a deal that would cut U.S. tariffs on British steel, but several issues remain unresolved", "Helen Marsh", "PREDICTION"],
      ["quote", "We are not going to sign a bad deal just to meet a deadline,\" Marsh told reporters outside her department. \"But I believe we can get there within weeks.", "Helen Marsh", "PROMISE"],
      ["quote", "Britain will not lower its food standards. That is a red line", "Helen Marsh", "PROMISE"],
      ["reported", "Washington would cut the duties to zero once the UK dropped its digital services tax", "James Whitfield", "PROMISE"],
      ["reported", "Talks on farm products were going slowly", "James Whitfield", "ASSERTION"],
      ["reported", "American beef producers wanted better access to the British market", "James Whitfield", "ASSERTION"],
      ["reported", "The UK will scrap the tax on U.S. tech firms if the steel duties go", null, "PREDICTION"],
      ["reported", "the British offer was \"a good start\" but needed work", "James Whitfield", "ASSERTION"],
      ["reported", "it would respond to any deal that discriminated against Chinese steel", "Beijing", "PROMISE"],
      ["reported", "thousands of jobs at plants in Wales and northern England depended on the outcome", "UK Steel", "ASSERTION"],
      ["quote", "constructive but tough", "Helen Marsh", "ASSERTION"],
      ["reported", "the so-called \"Atlantic Steel Partnership\" could be signed at the G7 summit in July", "Helen Marsh", "ASSERTION"],
    ]);
  });

  it("court verdict article (AP style): “told jurors”, “testified”, “said outside the courthouse that”, a one-word answer, a mid-sentence “Nguyen said”, “told reporters <clause>”, the U.S. Attorney's Office", () => {
    const found = brief(read(EXTRA_DIR, "court-fraud-verdict.txt"), new Date("2025-06-12T00:00:00Z"));
    expect(found.map(({ kind, text, speaker, claimKind }) => [kind, text, speaker, claimKind])).toEqual([
      ["quote", "This was not a paperwork mistake. It was a scheme, and it was deliberate", "Rachel Nguyen", "ASSERTION"],
      ["reported", "he never saw the individual claims and relied on his billing manager to check them", "Gregory Hollis", "ASSERTION"],
      ["reported", "his client would appeal", "Mark Delgado", "PROMISE"],
      ["quote", "We respect the jury's work, but the judge kept out evidence that would have shown Greg did nothing wrong,\" Delgado said Thursday. \"We'll be taking this to the 7th Circuit.", "Mark Delgado", "PROMISE"],
      ["quote", "No.", "Mark Delgado", "ASSERTION"],
      ["reported", "Hollis ordered staff to bill Medicare for home visits that never took place and moved the money through a consulting firm he secretly owned", null, "ASSERTION"],
      ["reported", "The scheme ran from 2017 to 2021", null, "ASSERTION"],
      ["reported", "The case, Nguyen said, was one of the largest home health fraud prosecutions in the state's history", "Rachel Nguyen", "ASSERTION"],
      ["reported", "the government would ask for a sentence of at least 12 years", "Rachel Nguyen", "PREDICTION"],
      ["reported", "it would seek the forfeiture of Hollis' lakefront home and two rental properties", "U.S. Attorney's Office", "PREDICTION"],
      ["reported", "Lakeshore Health Partners, which was not charged, has repaid $12 million to Medicare", "Dana Price", "ASSERTION"],
      ["reported", "the company would repay the remaining $28 million by the end of next year", "Lisa Moreno", "PROMISE"],
      ["quote", "We cooperated with investigators from day one, and we will keep doing so", "Lisa Moreno", "PROMISE"],
      ["reported", "Medicare fraud costs taxpayers tens of billions of dollars a year", "Government Accountability Office", "ASSERTION"],
    ]);
    expect(found.map((suggestion) => suggestion.dueDate).filter(Boolean)).toEqual(["2026-12-31"]);
  });

  it("NHS article (BBC style): quotes over paragraphs, “told the BBC” with and without a clause, “No.”, organisations with “of … and …”, the UK government", () => {
    const found = brief(read(EXTRA_DIR, "nhs-corridor-care.txt"), new Date("2025-02-13T00:00:00Z"));
    expect(found.map(({ kind, text, speaker }) => [kind, text, speaker])).toEqual([
      ["quote", "doing their best in impossible conditions", "Sarah Patel"],
      ["quote", "Some nights we have had patients lying on trolleys in the corridor for more than a day.", "Sarah Patel"],
      ["quote", "That is not safe for them, and it is not what any of us came into medicine to do.", "Sarah Patel"],
      ["quote", "We need more beds, and we need them now.", "Sarah Patel"],
      ["reported", "the trust would open 40 extra beds before next winter", "Helen Carr"],
      ["quote", "We are not going to pretend this is acceptable,\" she said. \"It isn't.", "Helen Carr"],
      ["reported", "ambulance arrivals had risen by 15% in two years", "University Hospitals of North Midlands NHS Trust"],
      ["quote", "left in a chair all night with nobody checking on her", "Claire"],
      ["quote", "No.", "Claire"],
      ["reported", "the figures were \"a national scandal\"", "Royal College of Emergency Medicine"],
      ["quote", "Every one of these waits is a patient at risk.", "Adrian Boyle"],
      ["quote", "Long stays in A&E are associated with avoidable deaths, and the government knows it.", "Adrian Boyle"],
      ["reported", "it was investing £1.5bn in new urgent care capacity this year", "UK government"],
      ["quote", "We inherited a broken NHS, and we are fixing it. Our plan will cut waits and end corridor care by 2027.", "Department of Health and Social Care"],
    ]);
    // "the trust would…" from the hospital's chief executive: the title names another body, so no promise (kind-and-due.ts).
    expect(found[4]?.claimKind).toBe("PREDICTION");
    expect(found.at(-1)).toMatchObject({ claimKind: "PROMISE", dueDate: "2027-12-31" });
  });

  it("an article with no quotes and no reported statements gives []", () => {
    expect(suggestClaims(read(EXTRA_DIR, "storm-no-quotes.txt"))).toEqual([]);
  });
});

// Labelled before any rule was changed for them (issue 17). Their first run was the honest figure
// (README, Suggested claims); these are the targets the issue sets for direct quotes, and for dates.
describe("suggestions on the articles labelled before the rules were written for them", () => {
  it.each(articles(UNSEEN_SET_DIR))("%s: valid, sorted, unique suggestions whose text is body.slice(start, end)", (file) => {
    expectWellFormed(read(UNSEEN_SET_DIR, file));
  });

  it("meets the issue's targets for direct quotes and dates", () => {
    const { quote, dates } = evaluate(loadEvaluationCases(UNSEEN_SET_DIR, UNSEEN_SET_DIR));
    expect([quote.labelled, dates.statedLabelled, dates.dueLabelled]).toEqual([26, 73, 16]);
    expect(quote.precision).toBeGreaterThanOrEqual(0.9);
    expect(quote.recall).toBeGreaterThanOrEqual(0.95);
    expect(quote.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(dates.statedAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(dates.dueFound / dates.dueLabelled).toBeGreaterThanOrEqual(0.9);
    expect(dates.dueSpurious).toBe(0);
  });

  it("scores a long quote's sentences as one suggestion, and counts stated and due dates", () => {
    const body = `"${"We have waited. ".repeat(25).trim()}," the union's president Ana Lopes said on Monday. Lopes said last week that the union would strike within two weeks.`;
    const labels = {
      article: "test.txt",
      publishedAt: "2024-10-08",
      items: [
        { kind: "quote" as const, start: 1, text: "We have waited. ".repeat(25).trim(), speaker: "Ana Lopes", statedAt: "2024-10-07" },
        { kind: "reported" as const, start: body.indexOf("the union would"), text: "the union would strike within two weeks", speaker: "Ana Lopes", statedAt: "2024-10-01", dueDate: null },
      ],
    };
    const suggestions = suggestClaims(body, { publishedAt: new Date("2024-10-08T00:00:00Z") });
    expect(suggestions.filter((suggestion) => suggestion.kind === "quote").length).toBeGreaterThan(1);
    const { quote, dates } = evaluate([{ name: "test.txt", body, labels, suggestions }]);
    expect([quote.matched, quote.suggested]).toEqual([1, 1]);
    expect([dates.statedCorrect, dates.statedLabelled, dates.dueSpurious]).toEqual([1, 2, 1]);
    expect(dates.wrongDates.map((wrong) => [wrong.expected, wrong.got])).toEqual([
      ["stated 2024-10-01", "about 2024-10-01"],
      ["due none", "2024-10-22"],
    ]);
  });
});

describe("scripts/suggest.ts", () => {
  const suggest = (...args: string[]) => run("npx", ["tsx", "scripts/suggest.ts", ...args], { cwd: path.resolve(import.meta.dirname, "..") });

  it("prints the suggestions as a JSON array", async () => {
    const { stdout } = await suggest(path.join(EXTRA_DIR, "rail-investment.txt"), "--published", "2025-03-13");
    const printed = suggestionListSchema.parse(JSON.parse(stdout));
    expect(printed).toEqual(suggestClaims(read(EXTRA_DIR, "rail-investment.txt"), { publishedAt: new Date("2025-03-13T00:00:00Z") }));
  });

  it("fails clearly on a missing file and on a bad date", async () => {
    await expect(suggest("no/such/article.txt")).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("no such file") });
    await expect(suggest(path.join(EXTRA_DIR, "rail-investment.txt"), "--published", "13/03/2025")).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("--published must be a date"),
    });
  });
});

/**
 * Rounds 3–13 (issue 17): each set written and labelled before any rule ran on it, committed alone.
 * Their first runs are README's honest figures; these floors are the figures after the rules those
 * runs led to (rounds 5 and 6: after the continued-quote, inverted-attribution and name-syllable rules).
 */
const ROUNDS = [
  {
    // Stated dates 0.92 → 0.89 with the rule that a speaker's dated statement dates their next ones (stated-date.ts):
    // its labeller gave the article's date to quotes after a dated lead; later rounds' labellers did not (+125 over all sets).
    round: 3, labelled: [30, 68, 16],
    quote: [0.9, 0.95, 0.9], reported: [0.95, 0.95, 0.95], stated: 0.89, dueFound: 13, dueSpurious: 5,
  },
  {
    round: 4, labelled: [16, 46, 9],
    quote: [0.9, 0.95, 0.9], reported: [0.95, 1, 1], stated: 0.96, dueFound: 5, dueSpurious: 3,
  },
  {
    round: 5, labelled: [16, 64, 10],
    quote: [1, 1, 1], reported: [0.94, 1, 0.9], stated: 0.95, dueFound: 9, dueSpurious: 2,
  },
  {
    round: 6, labelled: [26, 51, 16],
    quote: [1, 1, 1], reported: [1, 0.98, 1], stated: 0.96, dueFound: 14, dueSpurious: 3,
  },
  {
    round: 7, labelled: [41, 57, 8],
    quote: [1, 1, 1], reported: [0.96, 0.92, 0.9], stated: 0.92, dueFound: 8, dueSpurious: 4,
  },
  {
    round: 8, labelled: [47, 61, 17],
    // Reported speaker accuracy 0.89 → 0.88 since round 12: "…, researchers reported Wednesday" is found now, with no speaker.
    quote: [1, 1, 1], reported: [0.96, 0.93, 0.87], stated: 0.88, dueFound: 17, dueSpurious: 5,
  },
  {
    // Stated dates 0.92 → 0.91 after round 49: "A bureau spokesman said …" is now the Housing Bureau, and takes the day the
    // bureau spoke in the lead ("said on Tuesday"); the label dates it on the day of publication.
    round: 9, labelled: [47, 74, 24],
    quote: [1, 1, 1], reported: [0.97, 0.93, 0.81], stated: 0.91, dueFound: 21, dueSpurious: 7,
  },
  {
    round: 10, labelled: [50, 60, 16],
    quote: [0.96, 1, 1], reported: [0.95, 0.95, 0.85], stated: 0.93, dueFound: 16, dueSpurious: 6,
  },
  {
    // "Kwamena Amoako-Mensah IV" keeps his regnal numeral: since round 22, whose labeller kept "Teghe Nkwenti II" too, so do the rules.
    round: 11, labelled: [50, 61, 22],
    quote: [1, 1, 0.98], reported: [0.96, 1, 0.93], stated: 0.97, dueFound: 21, dueSpurious: 8,
  },
  {
    round: 12, labelled: [50, 62, 14],
    quote: [0.96, 1, 0.96], reported: [1, 0.96, 0.9], stated: 0.84, dueFound: 7, dueSpurious: 6,
  },
  {
    round: 13, labelled: [54, 55, 13],
    quote: [0.98, 0.98, 0.9], reported: [0.94, 0.94, 0.86], stated: 0.89, dueFound: 12, dueSpurious: 8,
  },
  {
    round: 14, labelled: [48, 48, 10],
    quote: [1, 1, 1], reported: [1, 0.97, 0.97], stated: 0.83, dueFound: 9, dueSpurious: 7,
  },
  {
    round: 15, labelled: [47, 47, 11],
    quote: [1, 1, 1], reported: [0.97, 0.97, 0.97], stated: 0.83, dueFound: 9, dueSpurious: 5,
  },
  {
    // Reported speakers 0.91 → 0.89 as recall rose to 0.96: "said in a statement on Thursday it would appeal" is found now,
    // its speaker cut at the possessive ("Higher Public Prosecutor", labelled "Higher Public Prosecutor's Office in Belgrade").
    round: 16, labelled: [49, 50, 11],
    quote: [1, 1, 1], reported: [0.92, 0.96, 0.89], stated: 0.9, dueFound: 10, dueSpurious: 5,
  },
  {
    round: 17, labelled: [44, 50, 13],
    quote: [1, 1, 0.95], reported: [1, 0.94, 0.95], stated: 0.83, dueFound: 13, dueSpurious: 8,
  },
  {
    // Its first run met every target for direct quotes (P 0.96, R 1.00, S 0.98); one honorific ("Hojatoleslam") was added after it.
    round: 18, labelled: [43, 55, 15],
    quote: [0.95, 1, 1], reported: [0.92, 0.96, 0.89], stated: 0.89, dueFound: 14, dueSpurious: 3,
  },
  {
    // Its first run (P 0.98, R 0.98, S 0.73) missed the speaker target on Bhutan's, Myanmar's and Sri Lanka's honorifics;
    // one four-word quotation its labeller had kept inside a reported statement was labelled as the quote afterwards (noted in the file).
    round: 19, labelled: [51, 50, 10],
    quote: [1, 1, 0.94], reported: [1, 1, 0.96], stated: 0.91, dueFound: 10, dueSpurious: 5,
  },
  {
    // Outlets its labeller chose. Its first run (P 0.98, R 1.00, S 0.62) missed the speaker target on Malay patronymics
    // ("bin Haji …"), Kyrgyz "uulu"/"kyzy", Somali names holding "Sheikh", and titles hanging on long organisations' names.
    round: 20, labelled: [42, 51, 12],
    quote: [0.97, 1, 0.88], reported: [1, 1, 0.94], stated: 0.91, dueFound: 12, dueSpurious: 6,
  },
  {
    // Outlets its labeller chose. Its first run (P 0.98, R 0.95, S 0.79) missed the speaker target on a Cook Islands chief's
    // "Ariki" after the name, Oman's "Al Kamil" read as a person, a capitalised "Said" after "bin", and "Seyfo".
    round: 21, labelled: [44, 49, 13],
    quote: [0.97, 0.95, 0.95], reported: [0.95, 0.95, 0.91], stated: 0.85, dueFound: 13, dueSpurious: 6,
  },
  {
    // Outlets its labeller chose. Its first run met every target for direct quotes (P 1.00, R 1.00, S 0.90), the third to
    // do so (after rounds 5 and 18); Cameroon's "Mola" and "HRH", a regnal numeral and a nickname before "da Silva" were added after it.
    round: 22, labelled: [42, 41, 14],
    quote: [1, 1, 0.97], reported: [0.97, 1, 1], stated: 0.95, dueFound: 12, dueSpurious: 4,
  },
  {
    // Outlets its labeller chose. Its first run (P 1.00, R 1.00, S 0.82) missed the speaker target; Kurdish "Mamosta", South Sudan's
    // "Mama" and Sierra Leone's "PC" were added after it. Still wrong: names the tagger does not know before an appositive title.
    round: 23, labelled: [45, 46, 9],
    quote: [1, 1, 0.93], reported: [0.93, 0.97, 0.86], stated: 0.93, dueFound: 8, dueSpurious: 3,
  },
  {
    // Outlets its labeller chose. Its first run (P 1.00, R 1.00, S 0.86) missed the speaker target; Bahrain's spelling "Shaikh"
    // and Lesotho's "Ntate" were added after it.
    round: 24, labelled: [44, 48, 14],
    quote: [1, 1, 0.9], reported: [0.93, 0.91, 0.86], stated: 0.79, dueFound: 13, dueSpurious: 5,
  },
  {
    // Rounds 25 and 26 were written at the same time by two labellers (outlets of different regions) and first run on a00778f:
    // quotes P 1.00, R 1.00, S 0.78 and P 1.00, R 0.98, S 0.81. Rounds 27 and 28 likewise on a210a68: P 1.00, R 1.00, S 0.86 and
    // P 0.98, R 1.00, S 0.73; rounds 29 and 30 on 8ae204b: P 1.00, R 1.00, S 0.86 and P 0.98, R 1.00, S 0.96 (every target met);
    // rounds 31 and 32 on a330793: P 1.00, R 1.00, S 0.84 and P 1.00, R 1.00, S 0.73. Round 26 keeps "Jr." in "Hemos Jack Jr.",
    // against the convention the rules follow.
    round: 25, labelled: [46, 49, 11],
    quote: [1, 1, 0.97], reported: [0.98, 1, 0.97], stated: 0.88, dueFound: 10, dueSpurious: 5,
  },
  {
    round: 26, labelled: [43, 47, 7],
    quote: [1, 1, 0.93], reported: [1, 0.97, 0.86], stated: 0.87, dueFound: 7, dueSpurious: 10,
  },
  {
    round: 27, labelled: [49, 43, 9],
    quote: [1, 1, 0.95], reported: [0.97, 0.97, 0.88], stated: 0.87, dueFound: 9, dueSpurious: 4,
  },
  {
    round: 28, labelled: [45, 45, 13],
    quote: [1, 1, 0.93], reported: [0.97, 0.97, 0.93], stated: 0.79, dueFound: 12, dueSpurious: 6,
  },
  {
    round: 29, labelled: [43, 43, 7],
    quote: [1, 1, 1], reported: [0.97, 0.9, 0.97], stated: 0.74, dueFound: 7, dueSpurious: 5,
  },
  {
    round: 30, labelled: [47, 49, 14],
    quote: [0.97, 1, 0.95], reported: [0.97, 0.97, 0.87], stated: 0.89, dueFound: 11, dueSpurious: 4,
  },
  {
    round: 31, labelled: [43, 48, 11],
    quote: [1, 1, 0.86], reported: [1, 1, 0.87], stated: 0.9, dueFound: 11, dueSpurious: 5,
  },
  {
    round: 32, labelled: [48, 46, 12],
    quote: [1, 1, 0.89], reported: [1, 1, 0.89], stated: 0.85, dueFound: 11, dueSpurious: 3,
  },
  {
    // First run on a6c486c, both: P 0.98, R 1.00, S 0.91 and P 1.00, R 1.00, S 0.95, every target met in both.
    round: 33, labelled: [43, 45, 8],
    quote: [0.97, 1, 0.95], reported: [1, 0.95, 0.9], stated: 0.88, dueFound: 8, dueSpurious: 4,
  },
  {
    round: 34, labelled: [43, 68, 13],
    quote: [1, 1, 0.97], reported: [1, 1, 0.94], stated: 0.82, dueFound: 10, dueSpurious: 6,
  },
  {
    // First run on 753efaa: P 1.00, R 1.00, S 0.86 and P 1.00, R 1.00, S 0.81 (speaker target missed again: nicknames used
    // alone, "Snow" for Gary "Snow" Quintal; Fang names shortened to their middle words).
    round: 35, labelled: [42, 48, 12],
    quote: [1, 1, 0.95], reported: [0.97, 0.97, 0.93], stated: 0.78, dueFound: 8, dueSpurious: 3,
  },
  {
    round: 36, labelled: [43, 48, 11],
    quote: [1, 1, 0.93], reported: [1, 0.89, 0.93], stated: 0.91, dueFound: 11, dueSpurious: 1,
  },
  {
    // First run on b71b81d, both: P 0.93, R 0.98, S 0.81 and P 0.98, R 1.00, S 0.70 (Australian "Cr", Singapore's "Mdm",
    // Sark's "Conseiller", Tokelau's "Aliki Faipule"; a pronoun after a writer's paragraph opened by its person).
    round: 37, labelled: [43, 44, 7],
    quote: [0.97, 1, 1], reported: [1, 0.93, 0.9], stated: 0.8, dueFound: 6, dueSpurious: 2,
  },
  {
    round: 38, labelled: [43, 44, 10],
    quote: [1, 1, 0.97], reported: [0.97, 0.95, 0.97], stated: 0.82, dueFound: 8, dueSpurious: 4,
  },
  {
    // First run on c8b61a6, both: P 1.00, R 1.00, S 0.91 (every target met) and P 0.94, R 0.98, S 0.66 (Sarawak's "Datu",
    // "Ustadz", Tibetan "Kalon", "Chitue", "Geshe", Khasi "Rangbah Shnong", "Uncle" before a given name).
    round: 39, labelled: [47, 46, 10],
    quote: [1, 1, 0.97], reported: [1, 0.91, 0.76], stated: 0.69, dueFound: 9, dueSpurious: 3,
  },
  {
    // Stated dates 0.72 → 0.71 after round 47: one more reported statement found (a lead whose trailing "said … today"
    // is now read), dated a day late.
    round: 40, labelled: [45, 49, 8],
    quote: [0.97, 1, 0.97], reported: [1, 0.95, 0.95], stated: 0.71, dueFound: 8, dueSpurious: 8,
  },
  {
    // First run on baa17cf, both: P 0.98, R 1.00, S 0.93 and P 1.00, R 1.00, S 0.93, every target met in both.
    round: 41, labelled: [43, 43, 12],
    quote: [0.97, 1, 0.93], reported: [1, 0.9, 0.92], stated: 0.92, dueFound: 10, dueSpurious: 8,
  },
  {
    round: 42, labelled: [43, 53, 11],
    quote: [1, 1, 0.97], reported: [0.94, 0.94, 0.88], stated: 0.79, dueFound: 10, dueSpurious: 5,
  },
  {
    // Written as a second round 41; first run on 7e68718: P 0.98, R 1.00, S 0.85.
    round: 43, labelled: [46, 51, 8],
    quote: [1, 1, 1], reported: [0.98, 1, 0.96], stated: 0.88, dueFound: 7, dueSpurious: 6,
  },
  {
    // First run on d09a716, both: P 0.96, R 1.00, S 0.77 and P 0.98, R 1.00, S 0.83.
    round: 44, labelled: [48, 49, 8],
    quote: [1, 1, 0.97], reported: [0.98, 1, 0.97], stated: 0.87, dueFound: 8, dueSpurious: 5,
  },
  {
    round: 45, labelled: [52, 53, 16],
    quote: [0.98, 1, 0.94], reported: [0.98, 0.98, 0.88], stated: 0.75, dueFound: 15, dueSpurious: 4,
  },
  {
    // First run on c214c39, both: P 0.98, R 1.00, S 0.74 and P 1.00, R 1.00, S 0.64.
    round: 46, labelled: [50, 49, 8],
    quote: [0.98, 1, 1], reported: [1, 0.95, 0.95], stated: 0.78, dueFound: 7, dueSpurious: 5,
  },
  {
    round: 47, labelled: [50, 46, 14],
    quote: [1, 1, 0.9], reported: [1, 1, 0.89], stated: 0.86, dueFound: 14, dueSpurious: 2,
  },
  {
    // First run on 1661716: P 1.00, R 1.00, S 0.85.
    round: 48, labelled: [46, 50, 9],
    quote: [1, 1, 1], reported: [0.97, 0.96, 1], stated: 0.78, dueFound: 9, dueSpurious: 3,
  },
  {
    // First run on 83afe6b: P 1.00, R 1.00, S 0.83.
    round: 49, labelled: [47, 55, 11],
    quote: [1, 1, 1], reported: [0.94, 0.96, 0.98], stated: 0.82, dueFound: 11, dueSpurious: 6,
  },
  {
    // First run on b279db2, both: P 1.00, R 1.00, S 0.96 (every target met) and P 0.93, R 1.00, S 0.84.
    round: 50, labelled: [49, 50, 10],
    quote: [1, 1, 1], reported: [1, 0.96, 0.85], stated: 0.78, dueFound: 10, dueSpurious: 5,
  },
  {
    // Three of its quotes of four words are labelled inside reported statements, against the convention: precision 0.93.
    round: 51, labelled: [43, 52, 6],
    quote: [0.93, 1, 0.95], reported: [0.93, 0.88, 0.91], stated: 0.8, dueFound: 5, dueSpurious: 7,
  },
  {
    // First run on a21b86d, both: P 1.00, R 1.00, S 0.96 (every target met) and P 1.00, R 1.00, S 0.77.
    round: 52, labelled: [46, 48, 6],
    quote: [1, 1, 1], reported: [1, 0.95, 0.93], stated: 0.75, dueFound: 6, dueSpurious: 4,
  },
  {
    round: 53, labelled: [48, 50, 12],
    quote: [1, 1, 1], reported: [1, 1, 0.84], stated: 0.88, dueFound: 11, dueSpurious: 7,
  },
  {
    // First run on e81ef81, both, every target met in both: P 1.00, R 1.00, S 0.94 and P 1.00, R 1.00, S 0.95. No rule
    // has been changed for them yet: these floors are the first-run figures.
    round: 54, labelled: [50, 53, 7],
    quote: [1, 1, 0.94], reported: [0.96, 0.98, 0.94], stated: 0.82, dueFound: 7, dueSpurious: 5,
  },
  {
    round: 55, labelled: [42, 50, 11],
    quote: [1, 1, 0.95], reported: [0.97, 0.92, 0.95], stated: 0.7, dueFound: 9, dueSpurious: 3,
  },
  {
    // First run on 418a4de, both, every target met in both: P 1.00, R 1.00, S 0.91 and P 0.98, R 1.00, S 0.96. No rule
    // has been changed for them yet: these floors are the first-run figures.
    round: 56, labelled: [44, 48, 8],
    quote: [1, 1, 0.9], reported: [0.97, 0.95, 0.86], stated: 0.94, dueFound: 7, dueSpurious: 2,
  },
  {
    round: 57, labelled: [46, 62, 12],
    quote: [0.97, 1, 0.95], reported: [1, 0.96, 0.91], stated: 0.89, dueFound: 11, dueSpurious: 6,
  },
  {
    // First run on 8a3660d, both: P 0.96, R 1.00, S 0.94 (every target met) and P 1.00, R 1.00, S 0.72 (titles and name
    // forms of Malta, Punjab, the Philippines and Spain it had not met). Floors after the rules they led to.
    round: 58, labelled: [50, 52, 16],
    quote: [0.96, 1, 0.98], reported: [0.98, 0.96, 0.94], stated: 0.94, dueFound: 13, dueSpurious: 2,
  },
  {
    round: 59, labelled: [46, 55, 8],
    quote: [1, 1, 0.84], reported: [0.98, 0.89, 0.87], stated: 0.9, dueFound: 7, dueSpurious: 6,
  },
  {
    // First run on 8f4efbe, both: P 0.98, R 1.00, S 0.98 (every target met) and P 0.98, R 1.00, S 0.80 (Ibibio, Venda,
    // Haida and Inuit titles and name forms it had not met). Round 60 at its first-run figures; round 61 after three titles.
    round: 60, labelled: [47, 48, 8],
    quote: [0.97, 1, 0.97], reported: [0.97, 0.83, 0.92], stated: 0.9, dueFound: 7, dueSpurious: 4,
  },
  {
    round: 61, labelled: [45, 50, 9],
    quote: [0.97, 1, 0.84], reported: [0.95, 0.8, 0.87], stated: 0.83, dueFound: 8, dueSpurious: 5,
  },
] as const;

it("holds floors for every round in the evaluation", () => {
  expect(ROUNDS.map(({ round }) => round)).toEqual(Array.from({ length: LAST_ROUND - 2 }, (_, index) => index + 3));
});

describe.each(ROUNDS)("suggestions on the round-$round articles", ({ round, labelled, quote: quoteFloors, reported: reportedFloors, stated, dueFound, dueSpurious }) => {
  const dir = roundSetDir(round);
  it.each(articles(dir))("%s: valid, sorted, unique suggestions whose text is body.slice(start, end)", (file) => {
    expectWellFormed(read(dir, file));
  });

  it("holds its figures for direct quotes, reported statements and dates", () => {
    const { quote, reported, dates } = evaluate(loadEvaluationCases(dir, dir));
    expect([quote.labelled, reported.labelled, dates.dueLabelled]).toEqual(labelled);
    const figures = [
      ["quote precision", quote.precision, quoteFloors[0]],
      ["quote recall", quote.recall, quoteFloors[1]],
      ["quote speaker accuracy", quote.speakerAccuracy, quoteFloors[2]],
      ["reported precision", reported.precision, reportedFloors[0]],
      ["reported recall", reported.recall, reportedFloors[1]],
      ["reported speaker accuracy", reported.speakerAccuracy, reportedFloors[2]],
    ] as const;
    for (const [name, figure, floor] of figures) expect(figure, name).toBeGreaterThanOrEqual(floor);
    expect(dates.statedAccuracy).toBeGreaterThanOrEqual(stated);
    expect(dates.dueFound).toBeGreaterThanOrEqual(dueFound);
    expect(dates.dueSpurious).toBeLessThanOrEqual(dueSpurious);
  });
});
