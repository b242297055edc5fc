import { describe, expect, it } from "vitest";
import { suggestClaims } from "@/lib/suggestions/index.ts";

const speakers = (body: string) => suggestClaims(body).map(({ kind, speaker, speakerTitle }) => ({ kind, speaker, speakerTitle }));

describe("speakers", () => {
  it("reads the attribution after the quote and names the person as first named, with their title", () => {
    const body = `US Secretary of State Antony Blinken met both ministers.\n“We made tangible progress,” Blinken said at the closing session.`;
    expect(speakers(body)).toEqual([{ kind: "quote", speaker: "Antony Blinken", speakerTitle: "US Secretary of State" }]);
  });

  it("reads an inverted attribution: said X", () => {
    const body = `“The border will open in May,” said Maria Lopez, the interior minister.`;
    expect(speakers(body)).toEqual([{ kind: "quote", speaker: "Maria Lopez", speakerTitle: "interior minister" }]);
  });

  it("reads the attribution before the quote", () => {
    const body = `Prime Minister Ian Moss told parliament: “We will not raise taxes.”`;
    expect(speakers(body)[0]).toEqual({ kind: "quote", speaker: "Ian Moss", speakerTitle: "Prime Minister" });
  });

  it.each([
    [`The central bank kept rates on hold, and its governor, Marie Dubois, said inflation would fall.`, "Marie Dubois", "governor"],
    [`The company's chief executive, John Smith, said profits would rise.`, "John Smith", "company's chief executive"],
    [`The central bank's governor, Marie Dubois, said inflation would fall.`, "Marie Dubois", "central bank's governor"],
    [`Germany's foreign minister, Jan Berg, said the talks would resume.`, "Jan Berg", "Germany's foreign minister"],
  ])("reads a title set off by commas before the name: %s", (body, speaker, speakerTitle) => {
    expect(speakers(body)).toEqual([{ kind: "reported", speaker, speakerTitle }]);
  });

  it("finds a person by a title given before their name: “its governor, X, …” then “the governor said”", () => {
    const body = `The central bank held rates, and its governor, Marie Dubois, spoke to reporters.\nPrices will ease next year, the governor said.`;
    expect(speakers(body)).toEqual([{ kind: "reported", speaker: "Marie Dubois", speakerTitle: "governor" }]);
  });

  it.each([
    ["The U.K.", "U.K."],
    ["The UK", "UK"],
    ["Britain", "Britain"],
    ["The United Kingdom", "United Kingdom"],
    ["The U.S.", "U.S."],
    ["The United States", "United States"],
    ["Moscow", "Moscow"],
    ["The Kremlin", "Kremlin"],
  ])("names a country, however written, or its capital as the speaker: %s said", (subject, speaker) => {
    expect(speakers(`${subject} said that the tariffs would stay.`)).toEqual([{ kind: "reported", speaker, speakerTitle: null }]);
  });

  it("keeps “for …” in an organisation's name and reads a name after a description", () => {
    const body = [
      `According to the Office for National Statistics, rents rose 9 percent.`,
      `The industry body UK Steel said that thousands of jobs depended on the outcome.`,
    ].join("\n");
    expect(speakers(body).map((found) => found.speaker)).toEqual(["Office for National Statistics", "UK Steel"]);
  });

  it("resolves he/she to the last speaker", () => {
    const body = `“Talks went well,” Chancellor Eva Lind said.\n“We meet again in June,” she added.`;
    expect(speakers(body).map((found) => found.speaker)).toEqual(["Eva Lind", "Eva Lind"]);
  });

  it("resolves a title such as “the president” to the person last named with that title", () => {
    const body = [
      `President Ilham Aliyev met Prime Minister Nikol Pashinyan in Abu Dhabi.`,
      `The peace treaty is ready to be signed, the prime minister said.`,
      `The border must be demarcated first, the president said.`,
    ].join("\n");
    expect(speakers(body)).toEqual([
      { kind: "reported", speaker: "Nikol Pashinyan", speakerTitle: "Prime Minister" },
      { kind: "reported", speaker: "Ilham Aliyev", speakerTitle: "President" },
    ]);
  });

  it("prefers the title sharing most words: “the Azerbaijani president”", () => {
    const body = [
      `US President Donald Trump hosted Azerbaijani President Ilham Aliyev.`,
      `The two leaders then sat down for talks, the Azerbaijani president posted on X.`,
    ].join("\n");
    expect(speakers(body)[0]?.speaker).toBe("Ilham Aliyev");
  });

  it("resolves “according to X” and “the ministry” to organisations", () => {
    const body = [
      `According to the National Statistics Office, exports fell by 8 percent.`,
      `The Finance Ministry welcomed the decision. The ministry said growth would recover next year.`,
    ].join("\n");
    expect(speakers(body).map((found) => found.speaker)).toEqual(["National Statistics Office", "Finance Ministry"]);
  });

  it("attributes “X's spokesman said” to X", () => {
    const body = `President Jane Roe arrived on Monday. “We see no reason to change course,” Roe's spokesman said.`;
    expect(speakers(body)[0]?.speaker).toBe("Jane Roe");
  });

  it("resolves a role with no matching title (“the envoy”) to the last speaker, and a headline's to the first person named after it", () => {
    const body = [
      `Peace deal 'within reach', envoy says`,
      `“A deal is within reach,” Ambassador Tom Reed told reporters on Tuesday.`,
      `“We will keep working until it is signed,” the envoy noted.`,
    ].join("\n");
    expect(suggestClaims(body).map(({ kind, text, speaker }) => ({ kind, text, speaker }))).toEqual([
      { kind: "reported", text: "Peace deal 'within reach'", speaker: "Tom Reed" },
      { kind: "quote", text: "within reach", speaker: "Tom Reed" },
      { kind: "quote", text: "A deal is within reach", speaker: "Tom Reed" },
      { kind: "quote", text: "We will keep working until it is signed", speaker: "Tom Reed" },
    ]);
  });

  it("gives no speaker when the subject is not a person or an organisation", () => {
    const body = `In a joint statement, the two countries said the talks would continue next month.`;
    expect(speakers(body)).toEqual([{ kind: "reported", speaker: null, speakerTitle: null }]);
  });

  it("names the body an unnamed spokesperson speaks for", () => {
    const body = `Asked about the vote, a spokesperson for the Dutch delegation said: “We expect a result within weeks.”`;
    expect(speakers(body)).toEqual([{ kind: "quote", speaker: "Dutch delegation", speakerTitle: null }]);
  });

  it("gives no speaker for an unnamed spokesperson of an unnamed body", () => {
    const body = `A spokesperson for the family said: “We expect a result within weeks.”`;
    expect(speakers(body)).toEqual([{ kind: "quote", speaker: null, speakerTitle: null }]);
  });
});
