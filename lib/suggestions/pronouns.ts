/**
 * Who "he" and "she" can be: a person whose gender, where the article shows it (gender.ts), is the
 * pronoun's; an unknown gender fits either. Bodies (a ministry, a country) are never "he" or "she".
 */
import type { Roster } from "./entities.ts";
import type { Gender } from "./gender.ts";

export type Pronoun = "he" | "she";

export function isPronoun(word: string): word is Pronoun {
  return word === "he" || word === "she";
}

/** Whether the person named `name` can be the pronoun's antecedent. */
export function fitsPronoun(roster: Roster, pronoun: Pronoun, name: string): boolean {
  const gender: Gender = pronoun === "he" ? "male" : "female";
  return (roster.gender(name) ?? gender) === gender;
}
