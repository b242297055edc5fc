import { escapeRegExp } from "@/lib/regexp.ts";
import { countryKey } from "./countries.ts";
import { NOT_NAME_TAGS, ORGANISATION_HEADS, NAME_PARTICLES } from "./entities.ts";
import { foldName, INITIAL_LETTERS, TWO_LETTER_INITIALS } from "./names.ts";
import type { Span } from "./schema.ts";
import type { Term } from "./text.ts";
import { isAbbreviatedTitle, isDottedHonorific, isPortfolioWord, isTitleWord } from "./titles.ts";

const WORD = String.raw`(?:\p{Lu}[\p{L}'’-]*\.?|${TWO_LETTER_INITIALS}\.)`;
const PARTICLE = [...NAME_PARTICLES].filter((particle) => /^\p{Ll}+$/u.test(particle)).join("|");
/** "J.", "Ch.": an initial ("Ch. Enkhtaivan"), never a title written short. */
const INITIAL = new RegExp(String.raw`^${INITIAL_LETTERS}\.$`, "u");

/** A word before a name that is no part of it: a title ("Prosecutor", "Sr. Comr."), a portfolio ("Sports"), an acronym, a body's head, a place. */
function opensNoName(word: string, term: Term | undefined): boolean {
  if (INITIAL.test(word)) return false;
  const bare = word.replace(/\.$/u, "");
  return (
    /^\p{Lu}\p{Ll}+\.$/u.test(word) ||
    isTitleWord(bare) ||
    isAbbreviatedTitle(bare) ||
    isDottedHonorific(bare) ||
    isPortfolioWord(bare) ||
    /^\p{Lu}{2,}$/u.test(bare) ||
    ORGANISATION_HEADS.has(foldName(bare)) ||
    countryKey(bare) !== null ||
    (term !== undefined && NOT_NAME_TAGS.some((tag) => term.tags.has(tag)) && !term.tags.has("ProperNoun"))
  );
}

const isNamed = (term: Term | undefined) => term !== undefined && ["FirstName", "Person", "Place", "ProperNoun"].some((tag) => term.tags.has(tag));

/**
 * "Šćepanović said" after "Prosecutor Milena Šćepanović of the Special State Prosecutor's Office", "St Rose said" after
 * "(SLCA) President Alleyne St Rose": a name used alone is the one fuller name the article writes it in, its title left
 * out, though the name runs (entities.ts) did not read that as a person's. Null when the article writes it in no fuller
 * form or in two.
 */
export function fullNameIn(body: string, terms: Term[], quoted: Span[], name: string): string | null {
  if (/\s/u.test(name.trim())) return null;
  const pattern = new RegExp(String.raw`(?<![\p{L}'’.-])((?:(?:${WORD}|${PARTICLE})[^\S\n]+){1,3})${escapeRegExp(name.trim())}(?![\p{L}'’-])`, "gu");
  const found = new Map<string, string>();
  for (const match of body.matchAll(pattern)) {
    if (quoted.some((span) => span.start <= match.index && match.index < span.end)) continue;
    const words = [...match[1]!.matchAll(/\S+/gu)].map((word) => ({ text: word[0], term: terms.find((term) => term.start === match.index + word.index) }));
    const opening = words.findLastIndex((word) => opensNoName(word.text, word.term)) + 1;
    // "Sprinter Kimoya Hazell-Bobb, 19, …": a common noun opening the sentence, before a given name, is what the person is.
    const described = opening === 0 && words.length > 1 && /(?:^|[.!?]["”’]?\s+|\n\s*)$/u.test(body.slice(0, match.index)) && !isNamed(words[0]!.term);
    const given = words.slice(described ? 1 : opening).map((word) => word.text);
    if (given.length === 0 || NAME_PARTICLES.has(given[0]!)) continue;
    const full = [...given, name.trim()].join(" ");
    found.set(foldName(full), full);
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}
