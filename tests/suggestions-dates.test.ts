import { describe, expect, it } from "vitest";
import { suggestClaims } from "@/lib/suggestions/index.ts";
import { findDueDate } from "@/lib/suggestions/kind-and-due.ts";

// Tuesday 8 October 2024.
const PUBLISHED = new Date("2024-10-08T00:00:00Z");
const stated = (body: string, publishedAt: Date | null = PUBLISHED) =>
  suggestClaims(body, { publishedAt }).map(({ statedAt, statedAtSource, statedAtApproximate }) => ({ statedAt, statedAtSource, statedAtApproximate }));
const fromText = (statedAt: string, statedAtApproximate = false) => ({ statedAt, statedAtSource: "text", statedAtApproximate });
const fromArticle = { statedAt: "2024-10-08", statedAtSource: "article", statedAtApproximate: false };

// The cases of issue 17, item 3 ("Dates").
describe("stated date", () => {
  it("reads “on September 25” from the attribution, in the last such day on or before the article's date", () => {
    expect(stated(`Labour Minister Priya Sandhu said on September 25 that Ottawa would not hesitate to intervene.`)).toEqual([fromText("2024-09-25")]);
    expect(stated(`Labour Minister Priya Sandhu said on Sept. 25 that Ottawa would intervene.`, new Date("2025-01-10T00:00:00Z"))).toEqual([fromText("2024-09-25")]);
    expect(stated(`The minister said on 25 September 2023 that Ottawa would intervene.`, null)).toEqual([fromText("2023-09-25")]);
  });

  it("reads “on Tuesday” relative to the article's date, its own day included", () => {
    expect(stated(`Intel said on Monday that its plant would open no earlier than 2028.`)).toEqual([fromText("2024-10-07")]);
    expect(stated(`The Commission will approve aid within weeks, Commissioner Lena Vogt said on Tuesday.`)).toEqual([fromText("2024-10-08")]);
    expect(stated(`“We will not sign a bad deal,” Marsh said Thursday.`)).toEqual([fromText("2024-10-03")]);
    expect(stated(`In a joint statement published Thursday, the two countries said talks would continue.`)).toEqual([fromText("2024-10-03")]);
  });

  it("flags “last week”, “last month”, “last year” and “in August” as approximate", () => {
    expect(stated(`The Dutch economy ministry said in a statement last week that the rules must not favour the largest countries.`)).toEqual([fromText("2024-10-01", true)]);
    expect(stated(`The port's chief executive, Julie Gagnon, said last month that a strike would push shipping lines away.`)).toEqual([fromText("2024-09-08", true)]);
    expect(stated(`Last year, Pashinyan said that Armenia needs to quickly define the border.`)).toEqual([fromText("2023-10-08", true)]);
    expect(stated(`Rival Eli Lilly said in August that its own pill would be submitted to regulators.`)).toEqual([fromText("2024-08-01", true)]);
  });

  it("reads yesterday and today", () => {
    expect(stated(`Chief medical officer Karen Brandt said yesterday that the company had seen no liver damage.`)).toEqual([fromText("2024-10-07")]);
    expect(stated(`Karen Brandt said today that the company had seen no liver damage.`)).toEqual([fromText("2024-10-08")]);
  });

  it("takes the article's date when the attribution says nothing of when, or without it none", () => {
    expect(stated(`Opposition leader Grace Wanjiru said she did not trust the commission.`)).toEqual([fromArticle]);
    expect(stated(`Opposition leader Grace Wanjiru said she did not trust the commission.`, null)).toEqual([
      { statedAt: null, statedAtSource: null, statedAtApproximate: false },
    ]);
  });

  it("ignores dates inside the statement, inside quotes, after a following clause, in a dateline, or away from the attribution", () => {
    expect(stated(`Kenya's election commission said it would publish the register before the elections in June.`)).toEqual([fromArticle]);
    expect(stated(`“They told us the same thing in 2022,” she said.`)).toEqual([fromArticle]);
    expect(stated(`Priya Sandhu said on Sept. 25 that Ottawa would intervene, but on Sunday she urged both sides to talk.`)).toEqual([fromText("2024-09-25")]);
    expect(stated(`CAPE TOWN, Oct. 8 - The city will cut water pressure in 40 suburbs, Mayor Daniel Hendricks said.`)).toEqual([fromArticle]);
    expect(stated(`The leaders will convene at the White House on Friday in a "summit" Trump said will yield an "official Peace Signing Ceremony for both".`)).toEqual([fromArticle]);
    expect(stated(`Police said 14 people were arrested at last week's march.`)).toEqual([fromArticle]);
    expect(stated(`The Care Quality Commission, which inspected the hospital in May, said it had found serious concerns.`)).toEqual([fromArticle]);
    expect(stated(`Rep. Maria Esposito, whose district includes Carver Falls, where 1,100 homes burned in August, said she would introduce her own bill.`)).toEqual([fromArticle]);
  });

  it("takes no stated date from a day the statement aims at (“called a strike for March 6 and said …”) nor from a passive (“was declared … in 1998”)", () => {
    expect(stated(`The UGT union called a strike for March 6 and said it would not accept forced redundancies.`)).toEqual([fromArticle]);
    expect(stated(`Measles was declared eliminated in Canada in 1998, but the Public Health Agency of Canada has warned that the country could lose that status.`)).toEqual([fromArticle]);
  });

  it("dates a continued quote by the attribution between its parts", () => {
    const body = `"They told us the same thing in 2022," Grace Wanjiru said at a rally in Nakuru on Sunday. "This time we will have our own agents."`;
    expect(stated(body, new Date("2024-03-04T00:00:00Z"))).toEqual([fromText("2024-03-03")]);
  });

  it("dates a speaker's next statements by the day the text gives their statement just before, up to four paragraphs on", () => {
    const fromSpeaker = (statedAt: string) => ({ statedAt, statedAtSource: "speaker", statedAtApproximate: false });
    const lead = `The city will cut water pressure in 40 suburbs, Mayor Daniel Hendricks said on Monday.`;
    const next = `“This is not Day Zero,” Hendricks said.`;
    expect(stated(`${lead}\n\n${next}\n\nHendricks said the council was considering a new levy.`)).toEqual([
      fromText("2024-10-07"),
      fromSpeaker("2024-10-07"),
      fromSpeaker("2024-10-07"),
    ]);
    // Its own date wins; another speaker, five paragraphs on, or an approximate day ("in 2019") carries nothing.
    expect(stated(`${lead}\n\nHendricks said on Sunday that no decision had been taken.`)).toEqual([fromText("2024-10-07"), fromText("2024-10-06")]);
    expect(stated(`${lead}\n\n“The levy is unfair,” opposition councillor Grace Wanjiru said.`)).toEqual([fromText("2024-10-07"), fromArticle]);
    expect(stated(`${lead}\n\n${"The city's dams are at 48%.\n\n".repeat(4)}${next}`)).toEqual([fromText("2024-10-07"), fromArticle]);
    expect(stated(`In 2019, Hendricks said the city would never run dry.\n\n${next}`)).toEqual([fromText("2019-01-01", true), fromArticle]);
  });
});

describe("due dates from the text (kind-and-due.ts)", () => {
  const published = new Date("2024-03-04T00:00:00Z");

  it.each([
    ["by the end of 2024", "Kyrgyzstan and Tajikistan will sign an agreement by the end of 2024", "2024-12-31"],
    ["within six months", "The Commission will approve state aid within six months", "2024-09-04"],
    ["before the elections in June", "it would publish a new voter register before the elections in June", "2024-06-30"],
    ["the first half of 2025", "Novacor will file for approval in the first half of 2025", "2025-06-30"],
    ["the third quarter of next year", "The plant will open in the third quarter of next year", "2025-09-30"],
    ["the third quarter alone, the next to end", "free cash flow would turn positive again by the third quarter", "2024-09-30"],
    ["by 2028 after a rate (“£1.2m a year”)", "the change will save £1.2m a year and help it reach a recycling rate of 55% by 2028", "2028-12-31"],
    ["by the end of May, over another date (“the May 20 budget”)", "The payment will be included in the May 20 budget and credited by retailers by the end of May", "2024-05-31"],
  ])("reads “%s”", (_phrase, statement, due) => {
    expect(findDueDate(statement, published)).toBe(due);
  });

  it.each([
    ["a duration counted from an event", "demarcation would be completed within six months of ratification"],
    ["a start", "The city will cut water pressure in 40 suburbs from next week"],
    ["a start", "the workers could walk off the job as early as Oct. 14"],
    ["the earliest it can happen (“will not open before …”)", "The rail line will not open before the end of this year"],
    ["the earliest it can happen (“will not be ready before 2027”)", "The bridge will not be ready before 2027"],
    ["the earliest it can happen (“would not take up the measure before …”)", "the House would not take up the measure before the August recess"],
    ["a length", "we’ll be back on the platforms, and this time for a week"],
    ["no date at all (chrono-node reads “the money” as Monday)", "If the plant is not built, the money will go to other projects"],
    ["a part of the day alone (“its night shift”)", "the plant would keep building the hatchback but would drop its night shift from April"],
  ])("gives none for %s", (_what, statement) => {
    expect(findDueDate(statement, published)).toBeNull();
  });

  it("puts the due date on promises and predictions of quotes and reported statements alike", () => {
    const body = `“We will finish the northern line by the end of 2025,” Transport Minister Claudia Weber said. Weber said the government would open ten stations within six months.`;
    expect(suggestClaims(body, { publishedAt: published }).map(({ kind, claimKind, dueDate }) => ({ kind, claimKind, dueDate }))).toEqual([
      { kind: "quote", claimKind: "PROMISE", dueDate: "2025-12-31" },
      { kind: "reported", claimKind: "PROMISE", dueDate: "2024-09-04" },
    ]);
  });
});
