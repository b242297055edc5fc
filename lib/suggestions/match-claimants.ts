/**
 * Links suggested speakers to existing claimants, accent- and case-insensitively, by each claimant's
 * name and aliases alike ("Turkish FM Cavusoglu", an alias of Mevlüt Çavuşoğlu, is him):
 * 1. the same full name (a claimant's own name before another's alias), or an alias that is the title and
 *    name as written ("Turkish FM Cavusoglu" is the speaker Cavusoglu, Turkish Foreign Minister);
 * 2. else the same last name, when only one claimant has it and the first names do not contradict
 *    each other (same first name or initial, or one side gives none) — ties broken by the same title,
 *    in any order and however the country is written ("Turkish Foreign Minister" is "Foreign Minister of Turkey");
 * 3. else a new claimant with the suggestion's name and title.
 * A suggestion without a speaker gets null.
 */
import { countriesIn } from "./countries.ts";
import { foldName, lastWord } from "./names.ts";
import type { Suggestion } from "./schema.ts";
import { expandTitle } from "./titles.ts";

export type Claimant = { id: number; name: string; title: string | null; aliases?: readonly string[] };
export type ClaimantMatch = { claimantId: number } | { newClaimant: { name: string; title: string | null } };

function firstNamesAgree(a: string, b: string): boolean {
  const first = (name: string) => foldName(name).split(" ").slice(0, -1)[0]?.replace(/\.$/, "");
  const [x, y] = [first(a), first(b)];
  if (!x || !y) return true;
  return x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
}

const namesOf = (claimant: Claimant) => [claimant.name, ...(claimant.aliases ?? [])];

/** A title's words without its country, in order, and the countries it names: "Turkish Foreign Minister" → "foreign minister" and Turkey. */
function titleKey(title: string): string {
  const expanded = expandTitle(title, { anyCase: true });
  const words = expanded.split(/\s+/u).filter((word) => !/^(?:of|the|for)$/iu.test(word) && countriesIn(word).length === 0);
  return `${foldName(words.join(" "))}|${countriesIn(expanded).sort().join(",")}`;
}

function sameTitle(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && (foldName(a) === foldName(b) || titleKey(a) === titleKey(b));
}

export function matchClaimant(speaker: Pick<Suggestion, "speaker" | "speakerTitle">, claimants: Claimant[]): ClaimantMatch | null {
  if (!speaker.speaker) return null;
  const name = foldName(speaker.speaker);
  const written = speaker.speakerTitle ? foldName(`${speaker.speakerTitle} ${speaker.speaker}`) : null;
  const exact =
    claimants.find((claimant) => foldName(claimant.name) === name) ??
    claimants.find((claimant) => claimant.aliases?.some((alias) => foldName(alias) === name || foldName(expandTitle(alias, { anyCase: true })) === written));
  if (exact) return { claimantId: exact.id };

  const surname = foldName(lastWord(speaker.speaker));
  let candidates = claimants.filter((claimant) =>
    namesOf(claimant).some((known) => foldName(lastWord(known)) === surname && firstNamesAgree(known, speaker.speaker!)),
  );
  if (candidates.length > 1) candidates = candidates.filter((claimant) => sameTitle(claimant.title, speaker.speakerTitle));
  if (candidates.length === 1) return { claimantId: candidates[0]!.id };
  return { newClaimant: { name: speaker.speaker, title: speaker.speakerTitle } };
}

export function matchClaimants(suggestions: Pick<Suggestion, "speaker" | "speakerTitle">[], claimants: Claimant[]): (ClaimantMatch | null)[] {
  return suggestions.map((suggestion) => matchClaimant(suggestion, claimants));
}
