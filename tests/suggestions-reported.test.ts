import { describe, expect, it } from "vitest";
import { suggestClaims } from "@/lib/suggestions/index.ts";

const reported = (body: string) =>
  suggestClaims(body)
    .filter((suggestion) => suggestion.kind === "reported")
    .map(({ text, speaker }) => ({ text, speaker }));

describe("reported statements", () => {
  it.each([
    ["X said that …", `Minister Paul Grant said that the bridge would open in May.`, "the bridge would open in May"],
    ["X said … (no that)", `Minister Paul Grant said the bridge would open in May.`, "the bridge would open in May"],
    ["X has stated that …", `Minister Paul Grant has stated that the bridge would open in May.`, "the bridge would open in May"],
    ["X stressed on Monday that …", `Minister Paul Grant stressed on Monday that the bridge would open in May.`, "the bridge would open in May"],
    ["X told reporters that …", `Minister Paul Grant told reporters in Riga that the bridge would open in May.`, "the bridge would open in May"],
    ["X reaffirmed that …", `Minister Paul Grant reaffirmed that the bridge would open in May.`, "the bridge would open in May"],
    ["…, stressing that …", `Minister Paul Grant visited the site, stressing that the bridge would open in May.`, "the bridge would open in May"],
    ["according to X, …", `According to Minister Paul Grant, the bridge would open in May.`, "the bridge would open in May"],
    ["…, according to X", `The bridge would open in May, according to Minister Paul Grant.`, "The bridge would open in May"],
    ["…, X said", `The bridge would open in May, Minister Paul Grant said.`, "The bridge would open in May"],
    ["…, says X", `Bridge to open in May, says Paul Grant`, "Bridge to open in May"],
  ])("%s", (_form, body, text) => {
    expect(reported(body)).toEqual([{ text, speaker: "Paul Grant" }]);
  });

  it("keeps the appositive out of the statement: “…, Ambassador X, the Y, told a briefing”", () => {
    const body = `The United States is keen on a deal, Ambassador Tom Reed, the US envoy to the OSCE, told a press briefing on Tuesday.`;
    expect(reported(body)).toEqual([{ text: "The United States is keen on a deal", speaker: "Tom Reed" }]);
  });

  it("stops at the comma closing an opening “While …” clause", () => {
    const body = `While Paul Grant said the bridge “will open in May,” he gave no budget.`;
    expect(reported(body)).toEqual([{ text: "the bridge “will open in May,”", speaker: "Paul Grant" }]);
  });

  it("ignores passives, direct-quote attributions and verbs inside quotes", () => {
    expect(reported(`Residents were told that the water was safe.`)).toEqual([]);
    expect(reported(`“The water is safe,” Paul Grant said.`)).toEqual([]);
    expect(reported(`“I said that the water is safe.”`)).toEqual([]);
    expect(reported(`Paul Grant said at a closing session for the talks.`)).toEqual([]);
  });

  it.each([
    ["…, X said on Friday, as …", `The ferry will resume service by 2026, Transport Minister Ana Ruiz said on Friday, as divers cleared the harbour.`],
    ["…, said X, after …", `The ferry will resume service by 2026, said Transport Minister Ana Ruiz, after divers cleared the harbour.`],
    ["…, X told reporters, while …", `The ferry will resume service by 2026, Transport Minister Ana Ruiz told reporters, while divers cleared the harbour.`],
    ["…, according to X, as …", `The ferry will resume service by 2026, according to Transport Minister Ana Ruiz, as divers cleared the harbour.`],
    ["after a dateline", `VALENCIA, May 3 (Reuters) - The ferry will resume service by 2026, Transport Minister Ana Ruiz said on Friday, as divers cleared the harbour.`],
  ])("reads a statement before a trailing attribution followed by another clause: %s", (_label, body) => {
    expect(reported(body)).toEqual([{ text: "The ferry will resume service by 2026", speaker: "Ana Ruiz" }]);
  });

  it("takes the speaker of “…, she told the BBC, adding that …” from the attribution, not from its listener", () => {
    const body = `Prime Minister Ana Lopes met union leaders on Monday.\nThe deal is fair to both sides, she told the BBC, adding that talks would resume next week.`;
    expect(reported(body)).toEqual([
      { text: "The deal is fair to both sides", speaker: "Ana Lopes" },
      { text: "talks would resume next week", speaker: "Ana Lopes" },
    ]);
    const pronounFirst = `Prime Minister Ana Lopes met union leaders on Monday.\nShe told the BBC, adding that talks would resume next week.`;
    expect(reported(pronounFirst)).toEqual([{ text: "talks would resume next week", speaker: "Ana Lopes" }]);
  });

  it.each([
    ["…, the minister added", `Trade Minister Paul Grant said the deal would collapse without new guarantees, the minister added.`],
    ["…, he told reporters on Monday, as …", `Trade Minister Paul Grant said the deal would collapse without new guarantees, he told reporters on Monday, as talks stalled.`],
    ["…, X, a former banker, added", `Trade Minister Paul Grant said the deal would collapse without new guarantees, Grant, a former banker, added.`],
    ["…, said the minister", `Trade Minister Paul Grant said the deal would collapse without new guarantees, said the minister.`],
  ])("ends a reported clause before an attribution inside it: %s", (_form, body) => {
    expect(reported(body)).toEqual([{ text: "the deal would collapse without new guarantees", speaker: "Paul Grant" }]);
  });

  it("ends a reported clause before the same speaker's second verb: “… and added that …”", () => {
    const body = `Trade Minister Paul Grant said the deal would collapse without new guarantees and added that talks had stalled.`;
    expect(reported(body)).toEqual([
      { text: "the deal would collapse without new guarantees", speaker: "Paul Grant" },
      { text: "talks had stalled", speaker: "Paul Grant" },
    ]);
  });

  it("keeps a clause naming someone else inside it: “the plan, which Ana Lopes announced, would fail”", () => {
    const body = `Trade Minister Paul Grant said the plan, which Ana Lopes announced, would fail.`;
    expect(reported(body)).toEqual([{ text: "the plan, which Ana Lopes announced, would fail", speaker: "Paul Grant" }]);
  });

  it.each([
    ["“…, his office said”", `Prime Minister Paul Grant told parliament that the bridge would open in May, his office said.`],
    ["“…, according to a statement from his office”", `Prime Minister Paul Grant said the bridge would open in May, according to a statement from his office.`],
  ])("gives the speaker of “said”, not the source cited after it: %s", (_form, body) => {
    expect(reported(body)).toEqual([{ text: "the bridge would open in May", speaker: "Paul Grant" }]);
  });

  it("reads “X, the minister, said London would …” as said + clause, not as “…, said London”", () => {
    const body = `Britain's housing minister, Daniel Hale, said London would not cover the whole cost.`;
    expect(reported(body)).toEqual([{ text: "London would not cover the whole cost", speaker: "Daniel Hale" }]);
  });

  it("takes no clause after an inverted attribution that follows a quote: “…,” said X, a nurse who …", () => {
    expect(reported(`“This is a betrayal,” said Maria Lopez, a nurse who joined the protest.`)).toEqual([]);
    expect(reported(`The plan is dead, said Paul Jones, who chairs the committee.`)).toEqual([{ text: "The plan is dead", speaker: "Paul Jones" }]);
  });

  it("reads a trailing attribution whose phrase has an apostrophe, after a dateline naming a region", () => {
    const body = `BRISTOL, England, May 14 (Reuters) - Building will begin in September, the council's housing director, Mark Ellison, said in a statement.`;
    expect(reported(body)).toEqual([{ text: "Building will begin in September", speaker: "Mark Ellison" }]);
  });

  it("leaves a quoted statement before a trailing attribution to quotes", () => {
    expect(reported(`“The ferry will resume service by 2026,” Transport Minister Ana Ruiz said on Friday, as divers cleared the harbour.`)).toEqual([]);
  });
});
