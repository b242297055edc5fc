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

  it("leaves a quoted statement before a trailing attribution to quotes", () => {
    expect(reported(`“The ferry will resume service by 2026,” Transport Minister Ana Ruiz said on Friday, as divers cleared the harbour.`)).toEqual([]);
  });
});
