import { describe, expect, it } from "vitest";
import { suggestClaims } from "@/lib/suggestions/index.ts";

const quotes = (body: string) => suggestClaims(body).filter((suggestion) => suggestion.kind === "quote");
const texts = (body: string) => quotes(body).map((suggestion) => suggestion.text);

describe("direct quotes: quotation marks", () => {
  it.each([
    ["straight double", `"We will sign the deal this week," the minister said.`],
    ["curly double", `“We will sign the deal this week,” the minister said.`],
    ["guillemets with spaces", `« We will sign the deal this week », the minister said.`],
    ["low-high German marks", `„We will sign the deal this week“, the minister said.`],
    ["curly single", `‘We will sign the deal this week,’ the minister said.`],
    ["straight single", `'We will sign the deal this week,' the minister said.`],
  ])("finds the words inside %s quotes, without the marks or the trailing comma", (_name, body) => {
    expect(texts(body)).toEqual(["We will sign the deal this week"]);
  });

  it("keeps offsets so that text is exactly body.slice(start, end)", () => {
    const body = `Intro line.\n“Armenia’s talks are going well,” she said.`;
    const [quote] = quotes(body);
    expect(quote).toBeDefined();
    expect(body.slice(quote!.start, quote!.end)).toBe("Armenia’s talks are going well");
  });

  it("does not take apostrophes (straight, curly, plural possessive) for quotation marks", () => {
    const body = `Armenia's envoy said the countries’ leaders met. They've agreed on Azerbaijan’s proposal, and the talks' outcome is open.`;
    expect(texts(body)).toEqual([]);
  });

  it("keeps apostrophes inside a single-quoted quotation", () => {
    const body = `‘The countries’ leaders haven’t agreed yet,’ the envoy said.`;
    expect(texts(body)).toEqual(["The countries’ leaders haven’t agreed yet"]);
  });

  it("reports a nested quotation as part of the outer one only", () => {
    const body = `"Many people tried, thanks to 'ME.' My team has worked on it for a long time," Smith added.`;
    expect(texts(body)).toEqual(["Many people tried, thanks to 'ME.' My team has worked on it for a long time"]);
  });

  it("splits a multi-paragraph quotation into one suggestion per paragraph with the same speaker", () => {
    const body = [
      `Foreign Minister Anna Berg spoke after the talks.`,
      `“We have made progress on the border. The next round starts soon.`,
      `“Our goal is a signed treaty, and we will get there,” the minister said.`,
    ].join("\n");
    const found = quotes(body);
    expect(found.map((quote) => quote.text)).toEqual([
      "We have made progress on the border. The next round starts soon.",
      "Our goal is a signed treaty, and we will get there",
    ]);
    expect(found.map((quote) => quote.speaker)).toEqual(["Anna Berg", "Anna Berg"]);
  });

  it("runs an unclosed quotation to the end of its paragraph when the next one does not reopen", () => {
    const body = `Lee said the plan was ready. "We are clear on that: there is no alternative.\nRelated articles`;
    expect(texts(body)).toEqual(["We are clear on that: there is no alternative."]);
  });

  it("gives a quotation continued after its attribution in the same paragraph as one suggestion, its parts the quoted words", () => {
    const body = `“If the promises are broken, we’ll be back,” Thomas Brandt said, “and this time for a week.”`;
    const [quote, ...rest] = quotes(body);
    expect(rest).toEqual([]);
    expect(quote).toMatchObject({ text: "If the promises are broken, we’ll be back,” Thomas Brandt said, “and this time for a week.", speaker: "Thomas Brandt" });
    expect(quote!.parts.map((part) => body.slice(part.start, part.end))).toEqual(["If the promises are broken, we’ll be back", "and this time for a week."]);
  });

  it("keeps quotes in two paragraphs, or with an attribution between them that opens a statement, apart", () => {
    expect(texts(`“A deal is within reach,” Tom Reed said.\n“We will keep working until it is signed,” he added.`)).toEqual([
      "A deal is within reach",
      "We will keep working until it is signed",
    ]);
    expect(texts(`“We will sign this week,” Paul Grant said. Critics called it a “deal that will never happen at all”.`)).toEqual([
      "We will sign this week",
      "deal that will never happen at all",
    ]);
  });

  it("returns nothing for an article with no quotes and no reported statements", () => {
    expect(suggestClaims("Heavy rain moved inland.\nSchools will remain open.")).toEqual([]);
    expect(suggestClaims("")).toEqual([]);
  });
});

describe("two apostrophes as a double mark", () => {
  it("reads ''…'' as a quotation (Radio Bulgaria)", () => {
    const body = `''We will not wait for another protest. The money is in the draft budget'', Kamenov told journalists.`;
    expect(suggestClaims(body).map(({ kind, text, speaker }) => [kind, text, speaker])).toEqual([["quote", "We will not wait for another protest. The money is in the draft budget", "Kamenov"]]);
  });
});

