/**
 * Documents that speak for whoever issued them: "“…,” the statement said." The issuer is found where
 * the article last mentioned that document before: the name after its "by/from/of" ("a statement by
 * the Azerbaijani Foreign Ministry"), or else the last person or organisation named before it in that
 * sentence ("The ministry issued a statement", "Aliyev's letter").
 */
import type { Mention } from "./entities.ts";
import type { SpeakerContext } from "./speakers.ts";

/** Alternatives for a regular expression: the documents that can be the subject of "said". */
export const DOCUMENT_NOUNS = "statement|communiqu[eé]|readout|letter|declaration|release";

const ISSUER_AFTER = /^\s+(?:issued\s+|released\s+|published\s+|signed\s+)?(?:by|from|of)\s+$/iu;

export function issuerOf(context: SpeakerContext, noun: string, position: number): Mention | null {
  const { body, roster, sentences, quoted } = context;
  const earlier = [...body.slice(0, position).matchAll(new RegExp(`\\b${noun}\\b`, "giu"))]
    .map((match) => match.index)
    .filter((index) => !quoted.some((span) => index >= span.start && index < span.end))
    .at(-1);
  if (earlier === undefined) return null;
  const sentence = sentences.find((candidate) => candidate.start <= earlier && earlier < candidate.end);
  if (!sentence) return null;
  const speaks = (mention: Mention) => (mention.kind === "person" || mention.kind === "organisation") && mention.start >= sentence.start && mention.end <= sentence.end;
  const after = roster.mentions.find((mention) => speaks(mention) && mention.start > earlier && ISSUER_AFTER.test(body.slice(earlier + noun.length, mention.start).replace(/\bthe\s+$/iu, "")));
  return after ?? roster.mentions.findLast((mention) => speaks(mention) && mention.end <= earlier) ?? null;
}
