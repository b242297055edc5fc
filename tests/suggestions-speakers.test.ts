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

  it.each([
    ["The U.S. Treasury said it would sanction three banks.", "U.S. Treasury"],
    ["The UK government said the scheme would be extended.", "UK government"],
    ["The British government said the scheme would be extended.", "British government"],
    ["The U.S. Attorney's Office said in a statement that it would seek the forfeiture of the house.", "U.S. Attorney's Office"],
    ["The United States Senate said the bill would pass.", "United States Senate"],
  ])("names an institution with a country before it: %s", (body, speaker) => {
    expect(speakers(body)).toEqual([{ kind: "reported", speaker, speakerTitle: null }]);
  });

  it("reads a country before a title as the title, not as an institution", () => {
    const body = `UK Trade Secretary Helen Marsh met her US counterpart.\nThe UK trade secretary said the tariffs would stay.`;
    expect(speakers(body)).toEqual([{ kind: "reported", speaker: "Helen Marsh", speakerTitle: "UK Trade Secretary" }]);
  });

  it("reads initials in an attribution after a quote: “…,” Assistant U.S. Attorney X told jurors / the U.S. Treasury said", () => {
    expect(speakers(`"It was a scheme," Assistant U.S. Attorney Rachel Nguyen told jurors on Tuesday.`)).toEqual([
      { kind: "quote", speaker: "Rachel Nguyen", speakerTitle: "Assistant U.S. Attorney" },
    ]);
    expect(speakers(`“We will not blink,” the U.S. Treasury said.`)).toEqual([{ kind: "quote", speaker: "U.S. Treasury", speakerTitle: null }]);
  });

  it.each([
    ["A Department of Health and Social Care spokesperson said: “We are fixing it.”", "Department of Health and Social Care"],
    ["The Royal College of Emergency Medicine said the figures were a national scandal.", "Royal College of Emergency Medicine"],
    ["University Hospitals of North Midlands NHS Trust said arrivals had risen by 15%.", "University Hospitals of North Midlands NHS Trust"],
  ])("keeps “of … and …” inside an organisation's name: %s", (body, speaker) => {
    expect(speakers(body).map((found) => found.speaker)).toEqual([speaker]);
  });

  it("still ends a person's name before “of” and keeps “X and Y” apart", () => {
    const body = `President Ilham Aliyev of Azerbaijan said the treaty was ready.\nArmenia and Azerbaijan said the talks would continue.`;
    expect(speakers(body).map((found) => found.speaker)).toEqual(["Ilham Aliyev", null]);
  });

  it("gives no speaker for a plural common noun opening a sentence, unless someone bears it as a name", () => {
    expect(speakers(`Prosecutors said the scheme ran for four years.`)).toEqual([{ kind: "reported", speaker: null, speakerTitle: null }]);
    expect(speakers(`Officials said the bridge would reopen.`)).toEqual([{ kind: "reported", speaker: null, speakerTitle: null }]);
    const body = `Chancellor Rachel Reeves spoke on Monday.\nReeves said the budget would balance.`;
    expect(speakers(body)).toEqual([{ kind: "reported", speaker: "Rachel Reeves", speakerTitle: "Chancellor" }]);
  });

  it("prefers a role beside the name to a bare honorific: “Its president, Dr Adrian Boyle, said”", () => {
    const body = `The college published its figures.\nIts president, Dr Adrian Boyle, said: “Every one of these waits is a patient at risk.”`;
    expect(speakers(body)).toEqual([{ kind: "quote", speaker: "Adrian Boyle", speakerTitle: "president" }]);
    expect(speakers(`Dr Sarah Patel said: “We need more beds.”`)).toEqual([{ kind: "quote", speaker: "Sarah Patel", speakerTitle: "Dr" }]);
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
