import { describe, expect, it } from "vitest";
import { suggestClaims } from "@/lib/suggestions/index.ts";

const texts = (body: string) => suggestClaims(body).filter((suggestion) => suggestion.kind === "quote").map((suggestion) => suggestion.text);
const all = (body: string) => suggestClaims(body).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe("direct quotes: what is not a claim", () => {
  it("skips scare quotes of one to three words that no speaker is given for", () => {
    expect(texts(`Critics called the plan a “gamble” and the summit a 'show'.`)).toEqual([]);
    // "admitted" in a passive, an adverb between ("are often admitted"), is no attribution verb.
    expect(texts(`Patients with heart failure are often admitted when they become “wet” — when fluid backs up into the lungs.`)).toEqual([]);
    expect(texts(`Some traders, who have complained for months about "brazen" shoplifting, welcomed the plan.`)).toEqual([]);
  });

  it("offers a headline's quotation once, where the article quotes it again", () => {
    const body = `'It was just black smoke': Family of five escapes apartment fire\n\n"I opened the door and it was just black smoke," Griggs told reporters.`;
    expect(texts(body)).toEqual(["I opened the door and it was just black smoke"]);
    expect(texts(`Peace deal 'closer than ever' as countries start fixing the border`)).toEqual([]);
  });

  it("offers no statement from the headline: the article tells it again", () => {
    const body = `Tetouan’s New Stadium Will Be Ready by June 2027, FRMF President Says\n\nThe stadium will be delivered by the end of June 2027, Fouzi Lekjaa said on Tuesday.`;
    expect(all(body)).toEqual([{ kind: "reported", text: "The stadium will be delivered by the end of June 2027", speaker: "Fouzi Lekjaa" }]);
    const quoted = `Holy See at COP31: ‘Climate finance is a debt of justice, not charity’\n\nThe archbishop said rich countries must pay.`;
    expect(all(quoted)).toEqual([{ kind: "reported", text: "rich countries must pay", speaker: null }]);
  });

  it("leaves a short phrase attributed by a reported clause inside that statement: one suggestion, not two", () => {
    const body = `Secretary of State John Doe has stated that both sides made "tangible progress" at the talks.`;
    expect(all(body)).toEqual([{ kind: "reported", text: `both sides made "tangible progress" at the talks`, speaker: "John Doe" }]);
  });

  it("keeps a short phrase directly attributed after the quote", () => {
    expect(texts(`“Absolutely not,” the minister said.`)).toEqual(["Absolutely not"]);
  });

  it("keeps a short phrase after an attribution verb earlier in its sentence", () => {
    expect(texts(`“We made progress,” Berg said, calling the accord a “crucial stepping stone”.`)).toEqual(["We made progress", "crucial stepping stone"]);
  });

  it("skips a short phrase attributed only by what follows it", () => {
    expect(texts(`The accord, a "crucial stepping stone", was signed on Monday, Foreign Minister Anna Berg said.`)).toEqual([]);
  });

  it("keeps a short phrase named as speech by its speaker: called it, described as, accused … of, hailed … as", () => {
    expect(all(`Foreign Minister Anna Berg called it "revanchist".`)).toEqual([{ kind: "quote", text: "revanchist", speaker: "Anna Berg" }]);
    expect(all(`Foreign Minister Anna Berg hailed the accord as a "crucial stepping stone", adding that talks would continue.`)[0]).toEqual({
      kind: "quote",
      text: "crucial stepping stone",
      speaker: "Anna Berg",
    });
    expect(texts(`Interior Minister Samuel Otieno accused the opposition of "creating chaos".`)).toEqual(["creating chaos"]);
    expect(texts(`Several states criticised what one diplomat described as a "subsidy race" with Washington.`)).toEqual(["subsidy race"]);
    // The relative pronoun stands for the name before it, and "said on Wednesday" after the quote names no one.
    expect(all(`Environment Secretary Steve Reed, who has called the rivers "a national disgrace", said on Wednesday that the government would act.`)).toEqual([
      { kind: "quote", text: "a national disgrace", speaker: "Steve Reed" },
      { kind: "reported", text: "the government would act", speaker: "Steve Reed" },
    ]);
  });

  it("skips a scare quote used as a label before its noun, even inside a reported statement or after a naming verb", () => {
    expect(texts(`The party has held "peaceful" protests in Nairobi every Tuesday.`)).toEqual([]);
    expect(texts(`Residents held what local media called a "spontaneous" protest on Sunday.`)).toEqual([]);
    expect(all(`Foreign Minister Anna Berg said the 'revanchist' tendencies in Yerevan were growing.`)).toEqual([
      { kind: "reported", text: "the 'revanchist' tendencies in Yerevan were growing", speaker: "Anna Berg" },
    ]);
    expect(texts(`Critics called the plan a “gamble” and the summit a 'show'.`)).toEqual([]);
  });

  it("gives the sentence around a short phrase before a trailing attribution as the one statement, with the phrase in it", () => {
    const body = `Foreign Minister Anna Berg met her counterpart.\nThe accord is a “crucial stepping stone,” Berg said.`;
    expect(all(body)).toEqual([{ kind: "reported", text: "The accord is a “crucial stepping stone,”", speaker: "Anna Berg" }]);
  });

  it("keeps a short quoted sentence that continues the last speaker, in the same suggestion", () => {
    expect(texts(`“It's not over,” Ana Lopes told Reuters. “We will appeal.”`)).toEqual(["It's not over,” Ana Lopes told Reuters. “We will appeal."]);
  });

  it("keeps a short exclamation that opens a sentence", () => {
    expect(texts(`“The summit is on Friday,” Doe said. “See you then!”`)).toEqual(["The summit is on Friday,” Doe said. “See you then!"]);
    expect(texts(`“The summit is on Friday,” Doe said.\n“See you then!”`)).toEqual(["The summit is on Friday", "See you then!"]);
  });

  it("keeps a one-word answer that is attributed and a whole utterance, though it is capitalised", () => {
    expect(texts(`“No,” the minister said.`)).toEqual(["No"]);
    expect(texts(`“Yes,” said Ana Lopes, the finance minister.`)).toEqual(["Yes"]);
    expect(texts(`Asked whether she would resign, Minister Ana Lopes said: “No.”`)).toEqual(["No."]);
    expect(texts(`Asked whether Hollis would speak at his sentencing, Delgado said, "No."`)).toEqual(["No."]);
  });

  it("still skips a one-word title that is not an answer", () => {
    expect(texts(`Critics called the party “Reform”.`)).toEqual([]);
    expect(texts(`Minister Ana Lopes said the plan was “Stupid.”`)).toEqual([]);
  });

  it("keeps a one-word sentence of its own that continues the last speaker: “…,” she said. “No.”", () => {
    expect(texts(`“I'm not going anywhere,” Ana Lopes told the BBC on Friday.\n“No.”`)).toEqual(["I'm not going anywhere", "No."]);
  });

  it("skips titles written in title case, even when attributed", () => {
    expect(texts(`Doe will host what he called a "Historic Peace Summit" on Friday.`)).toEqual([]);
    expect(texts(`“Muslim NATO”: Turkey’s New Strategic Vector`)).toEqual([]);
  });

  it("skips names of documents", () => {
    expect(texts(`The so-called “Rail Future Act” still has to pass parliament.`)).toEqual([]);
    expect(texts(`MPs debated a bill titled "Protecting our rivers and lakes from sewage" on Monday.`)).toEqual([]);
    expect(texts(`Both sides signed the “Agreement on the establishment of peace and interstate relations” in March.`)).toEqual([]);
  });

  it("keeps a lowercase quotation after a document noun: it is what someone said about it", () => {
    expect(texts(`Karl Svensson said the plan “will fail within a year”.`)).toEqual(["will fail within a year"]);
  });

  it("skips reporters' questions but keeps a speaker's own question", () => {
    expect(texts(`A reporter asked: “Is this the end of the dispute?”`)).toEqual([]);
    expect(texts(`“Will you sign the treaty this year?” a journalist said.`)).toEqual([]);
    expect(texts(`“Why would we stop now?” the minister said.`)).toEqual(["Why would we stop now?"]);
  });

  it("keeps a question someone named asks to make a point, and skips one asked by no one named (round 19)", () => {
    const union = `Gerardo Salas Ugalde, secretary general of the union, said there were not enough anesthesiologists.\n\n`;
    expect(texts(`${union}“You can open the operating rooms on Saturday, but who is going to put the patients to sleep?” Salas asked.`)).toEqual([
      "You can open the operating rooms on Saturday, but who is going to put the patients to sleep?",
    ]);
    expect(texts(`${union}“Will the union strike on Saturday?” he asked.`)).toEqual([]);
  });
});
