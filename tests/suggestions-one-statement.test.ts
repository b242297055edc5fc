import { describe, expect, it } from "vitest";
import { suggestClaims } from "@/lib/suggestions/index.ts";
import { LONG_QUOTE } from "@/lib/suggestions/long-quotes.ts";

const all = (body: string) => suggestClaims(body).map(({ kind, text, speaker }) => ({ kind, text, speaker }));
const QUOTE_MARK = /["“”«»„]/u;

// The cases of issue 17, item 2 ("No noise").
describe("one suggestion per statement", () => {
  it("offers a quote and the reported statement around it once, as the quote, with no quotation marks inside", () => {
    const body = `Azerbaijani President Ilham Aliyev stressed that one of the main obstacles to peace was "Armenia's territorial claims against Azerbaijan".`;
    const found = suggestClaims(body);
    expect(found.map(({ kind, text, speaker }) => ({ kind, text, speaker }))).toEqual([
      { kind: "quote", text: "Armenia's territorial claims against Azerbaijan", speaker: "Ilham Aliyev" },
    ]);
    expect(found.every((suggestion) => !QUOTE_MARK.test(suggestion.text))).toBe(true);
  });

  it("reads a quote's kind and due date from the reported statement it stood in", () => {
    const body = `Trade Minister Paul Grant said the government would "double its aid to the region by the end of 2026".`;
    expect(suggestClaims(body, { publishedAt: new Date("2025-05-01T00:00:00Z") })).toMatchObject([
      { kind: "quote", text: "double its aid to the region by the end of 2026", claimKind: "PROMISE", dueDate: "2026-12-31" },
    ]);
  });

  it("keeps a reported statement whose quoted words are a fragment as the one suggestion", () => {
    expect(all(`Aliyev said the conflict was not "black or white" and that talks would go on.`)).toEqual([
      { kind: "reported", text: `the conflict was not "black or white" and that talks would go on`, speaker: "Aliyev" },
    ]);
  });

  it("offers no scare quote without a speaker ('black or white' in the reporter's own sentence)", () => {
    expect(all(`The choice facing Yerevan is not "black or white".`)).toEqual([]);
  });

  it("offers a quote that continues after “…,” Blinken said. “…” as one suggestion", () => {
    const body = `“They’ve made tangible progress on a durable peace agreement,” Blinken said. “I believe there is an agreement within reach.”`;
    const [quote, ...rest] = suggestClaims(body);
    expect(rest).toEqual([]);
    expect(quote).toMatchObject({ kind: "quote", speaker: "Blinken", start: 1, end: body.length - 1 });
    expect(quote!.parts.map((part) => body.slice(part.start, part.end))).toEqual([
      "They’ve made tangible progress on a durable peace agreement",
      "I believe there is an agreement within reach.",
    ]);
  });
});

describe("a quote continued after a long attribution", () => {
  it("is one suggestion when the attribution's length is where and when the words were said", () => {
    const body = `"They are negotiating over our water as if we did not exist," said council president Rosa Mamani at a news conference in San Pedro de Atacama. "We are not against development. We are against being erased."`;
    const [quote, ...rest] = suggestClaims(body);
    expect(rest).toEqual([]);
    expect(quote).toMatchObject({ kind: "quote", speaker: "Rosa Mamani" });
    expect(quote!.parts.map((part) => body.slice(part.start, part.end))).toEqual([
      "They are negotiating over our water as if we did not exist",
      "We are not against development. We are against being erased.",
    ]);
  });

  it("is one suggestion when the attribution goes on to describe the speaker (news copy's 'said X, 52, who …')", () => {
    const body = `“Last year they promised us simpler rules and fair prices. We got neither,” said Sandrine Lafont, 52, who raises ducks near Auch and drove her tractor 80 km to join the protest. “If nothing changes, my son will not take over the farm.”`;
    const quotes = suggestClaims(body).filter((suggestion) => suggestion.kind === "quote");
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speaker: "Sandrine Lafont" });
    expect(quotes[0]!.parts).toHaveLength(2);
  });

  it("is one suggestion when the speaker's name holds a nickname in quotation marks ('said Cynthia “Aunty Cyn” Ramos, who …')", () => {
    const body = `“I survived the pandemic, I survived the cones, I survived the detours,” said Cynthia “Aunty Cyn” Ramos, who runs a plate-lunch counter near Kōkea Street. “I don’t know if I can survive six more years of this.”`;
    const quotes = suggestClaims(body).filter((suggestion) => suggestion.kind === "quote");
    expect(quotes.map(({ speaker, parts }) => ({ speaker, parts: parts.length }))).toEqual([{ speaker: "Cynthia Ramos", parts: 2 }]);
  });

  it("is one suggestion, and no reported statement, when the words naming the speaker are not names only ('season-ticket holder')", () => {
    const body = `"I will miss it," said season-ticket holder Earl Whitaker, 71, who watched the vote from the public gallery. "But the roof leaks on my seat."`;
    expect(suggestClaims(body).map(({ kind, speaker }) => ({ kind, speaker }))).toEqual([{ kind: "quote", speaker: "Earl Whitaker" }]);
  });

  it("stays two when a new sentence describes the speaker before its own verb ('Trump, a billionaire business tycoon, also said that …')", () => {
    const body = `"See you then!" Trump, a billionaire business tycoon, also said that Washington will sign bilateral deals with both of the countries "to pursue Economic opportunities together".`;
    expect(suggestClaims(body).filter((suggestion) => suggestion.kind === "quote")).toHaveLength(2);
  });

  it.each([
    `"This is about access," said Sen. Maria Delgado, the bill's lead sponsor. "We will have it on the president's desk by the end of the year."`,
    `"This is about access," said Sen. Maria Delgado, D-N.M. "We will have it on the president's desk by the end of the year."`,
    `"This is about access," said Sen. Maria Delgado (D-Ore.), the bill's lead sponsor. "We will have it on the president's desk by the end of the year."`,
    `"This is about access," said Michael J. Fox, the foundation's founder. "We will have it on the president's desk by the end of the year."`,
  ])("is one suggestion when a full stop in the attribution ends an abbreviation, not a sentence: %s", (body) => {
    expect(suggestClaims(body).map(({ kind, parts }) => ({ kind, parts: parts.length }))).toEqual([{ kind: "quote", parts: 2 }]);
  });

  it("is one suggestion when the attribution says where the words are from (“…, according to a transcript …”)", () => {
    const body = `“I said what every family already knew. If that is a crime, then I am guilty,” Volkov said in his final statement to the court last week, according to a transcript published by the local news site Tomsky Vestnik. “I do not ask for mercy.”`;
    expect(suggestClaims(body).map(({ kind, parts }) => ({ kind, parts: parts.length }))).toEqual([{ kind: "quote", parts: 2 }]);
  });

  it("stays two when the words after the attribution open a statement of their own", () => {
    const body = `"The mine will close," said Ana Ruiz, adding that the union had been told nothing. "We will fight it."`;
    expect(suggestClaims(body).filter((suggestion) => suggestion.kind === "quote")).toHaveLength(2);
  });
});

describe("long quotes", () => {
  const sentences = [
    "Our members have been without a contract for more than two years.",
    "The employers' association has spent those two years telling us the port cannot afford a raise, while it posts record profits and pays its executives bonuses.",
    "We have been patient.",
    "We have gone to every meeting.",
    "We have accepted a federal mediator.",
    "Patience has not worked, and our members have told us very clearly today that they are done waiting",
  ];
  const body = `"${sentences.join(" ")}," union president Michel Tremblay told reporters after the vote.`;

  it(`offers a quote over ${LONG_QUOTE} characters as its sentences, the first selected, each pointing at the whole quote`, () => {
    const found = suggestClaims(body);
    expect(body.length).toBeGreaterThan(LONG_QUOTE);
    expect(found.map((suggestion) => suggestion.text)).toEqual(sentences);
    expect(found.map((suggestion) => suggestion.selected)).toEqual([true, false, false, false, false, false]);
    const whole = { start: 1, end: body.indexOf(`,"`) };
    expect(found.every((suggestion) => suggestion.partOf?.start === whole.start && suggestion.partOf.end === whole.end)).toBe(true);
    expect(new Set(found.map((suggestion) => suggestion.speaker))).toEqual(new Set(["Michel Tremblay"]));
  });

  it("keeps a quote at or under the limit, or of one long sentence, whole", () => {
    const short = `"${sentences.slice(0, 3).join(" ")}," Tremblay said.`;
    expect(suggestClaims(short)).toMatchObject([{ text: sentences.slice(0, 3).join(" "), partOf: null, selected: true }]);
    const oneSentence = `"${"We have waited and waited ".repeat(15).trim()}," Tremblay said.`;
    expect(suggestClaims(oneSentence)).toMatchObject([{ partOf: null, selected: true }]);
  });
});
