/**
 * A person's gender where the article shows it, for resolving "he said" and "she added", in order:
 * - the title: "Mr", "Sir", "King", "Ato", "Ratu", "spokesman" → male; "Ms", "Mrs", "Dame", "Queen", "W/ro", "Adi", "spokeswoman" → female;
 * - the first he/his or she/hers after the name in its sentence, outside quotation marks and before
 *   anyone else is named ("Grace Wanjiru said she did not trust …", "Tashiev, who led his country's
 *   delegation, …");
 * - his or her in the words of circumstance opening its sentence ("In her speech, Dr Yong said …");
 * - "son of" or "daughter of" inside the name: "bin", "ibn", "uulu", "oglu" → male; "bint", "binti", "binte", "kyzy",
 *   "qizi" → female ("Dr Muna bint Ahmed al Balushi");
 * - a first name the tagger knows as a man's or a woman's ("Tom", "Anna"), unless the article writes it after a title alone
 *   ("Datu Dr Yong Siew Mee" then "In her speech, Dr Yong said": a family name written first; entities.ts).
 * Nothing is guessed beyond these: an unknown gender is compatible with either pronoun.
 */
import { PATRONYMIC_WORDS } from "./names.ts";
import type { Span } from "./schema.ts";
import type { Analysis } from "./text.ts";

export type Gender = "male" | "female";

const MALE_TITLES = new Set(["mr", "sir", "lord", "king", "prince", "duke", "baron", "emir", "sultan", "sheikh", "shaikh", "ntate", "ato", "ratu", "ro"]);
const FEMALE_TITLES = new Set(["mrs", "ms", "miss", "dame", "lady", "queen", "princess", "duchess", "baroness", "sheikha", "shaikha", "w/ro", "adi"]);
/** Not "him" or "her": "Tom Berg, who met her on Monday, …" says nothing of Berg. */
const PRONOUN = /\b(?:(he|his|himself)|(she|hers|herself))\b/iu;
const QUOTED = /“[^”]*”|"[^"\n]*"/gu;

function fromTitle(title: string | null): Gender | null {
  // "assistant professor … at Sultan Qaboos University": only the words before the title's first preposition are the title's own.
  const own = (title ?? "").toLowerCase().replace(/\./gu, "").split(/\s+(?:of|at|for|in|to|on|with)\s/u)[0]!;
  for (const word of own.split(/\s+/u)) {
    if (MALE_TITLES.has(word) || /^(?:spokes|chair|congress)man$/u.test(word)) return "male";
    if (FEMALE_TITLES.has(word) || /^\p{L}+woman$/u.test(word)) return "female";
  }
  return null;
}

function fromPronoun(analysis: Analysis, mention: Span, people: Span[]): Gender | null {
  const sentence = analysis.sentences.find((candidate) => candidate.start <= mention.start && mention.start < candidate.end);
  if (!sentence) return null;
  const next = people.find((other) => other.start >= mention.end);
  const end = Math.min(sentence.end, next?.start ?? sentence.end);
  const words = analysis.body.slice(mention.end, end).replace(QUOTED, (quoted) => " ".repeat(quoted.length));
  const pronoun = PRONOUN.exec(words);
  return !pronoun ? null : pronoun[1] ? "male" : "female";
}

/** "In her speech, Dr Yong said …": his or her in the words of circumstance opening the sentence, before its subject. */
const OPENING_POSSESSIVE = /^\s*(?:In|At|During|After|Before|Speaking|Opening|Closing|Addressing|Responding)\b[^,.;:"“”]{0,60}\b(?:(his)|(her))\b[^,.;:"“”]{0,60},\s*$/u;

function fromOpening(analysis: Analysis, mention: Span): Gender | null {
  const sentence = analysis.sentences.find((candidate) => candidate.start <= mention.start && mention.start < candidate.end);
  const opening = sentence ? OPENING_POSSESSIVE.exec(analysis.body.slice(sentence.start, mention.start)) : null;
  return !opening ? null : opening[1] ? "male" : "female";
}

const SON_OF = new Set<string>([...PATRONYMIC_WORDS.son.inside, ...PATRONYMIC_WORDS.son.closing]);
const DAUGHTER_OF = new Set<string>([...PATRONYMIC_WORDS.daughter.inside, ...PATRONYMIC_WORDS.daughter.closing]);

function fromPatronymic(name: string): Gender | null {
  const words = name.toLowerCase().split(/\s+/u);
  if (words.some((word) => SON_OF.has(word))) return "male";
  return words.some((word) => DAUGHTER_OF.has(word)) ? "female" : null;
}

function fromFirstName(analysis: Analysis, mention: Span & { name: string }): Gender | null {
  if (!mention.name.includes(" ")) return null;
  const first = analysis.terms.find((term) => term.start >= mention.end - mention.name.length && term.start < mention.end);
  if (first?.tags.has("MaleName")) return "male";
  return first?.tags.has("FemaleName") ? "female" : null;
}

/** `people`: every person named in the article, in text order; `firstName`: false when the name's first word is a family name. */
export function genderOf(analysis: Analysis, mention: Span & { name: string; title: string | null }, people: Span[], { firstName = true } = {}): Gender | null {
  return fromPatronymic(mention.name) ?? fromTitle(mention.title) ?? fromPronoun(analysis, mention, people) ?? fromOpening(analysis, mention) ?? (firstName ? fromFirstName(analysis, mention) : null);
}
