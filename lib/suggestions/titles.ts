/**
 * Titles as an article writes them, made readable:
 * - abbreviations are written out: "Turkish FM" → "Turkish Foreign Minister", "PM" → "Prime Minister",
 *   "Sen." → "Senator" ("pm" in "5 pm" is no title, as case counts);
 * - a determiner before an appositive title goes: "a State Department spokesman" → "State Department spokesman".
 */

/** Written in capitals, with no full stop: "Turkish FM Cavusoglu", "PM Modi". */
const CAPITALS: Record<string, string> = {
  FM: "Foreign Minister",
  PM: "Prime Minister",
  DPM: "Deputy Prime Minister",
  EAM: "External Affairs Minister",
};
/** Written with a full stop ("Sen. Bob Casey"), which the tagger reads as an honorific. */
const DOTTED: Record<string, string> = {
  Sen: "Senator",
  Rep: "Representative",
  Gov: "Governor",
  Gen: "General",
  Lt: "Lieutenant",
  Col: "Colonel",
  Amb: "Ambassador",
  Pres: "President",
  Sec: "Secretary",
};

/** A word of a title: the title's own words decide that "Sen" is one ("Sen Bob Casey"), not "Amartya Sen". */
function expansion(word: string, anyCase: boolean): string | undefined {
  const capitals = anyCase ? word.toUpperCase() : word;
  if (Object.hasOwn(CAPITALS, capitals)) return CAPITALS[capitals];
  const stem = word.replace(/\.$/u, "");
  return Object.hasOwn(DOTTED, stem) ? DOTTED[stem] : undefined;
}

/** "FM", "PM" (case-sensitive): a title word. The dotted forms ("Sen.") are honorifics to the tagger already. */
export function isTitleAbbreviation(word: string): boolean {
  return Object.hasOwn(CAPITALS, word);
}

/**
 * "Turkish FM" → "Turkish Foreign Minister"; "a State Department spokesman" → "State Department spokesman".
 * `anyCase`: for what an editor typed (a claimant's alias or title), where "turkish fm" means the same.
 */
export function expandTitle(title: string, { anyCase = false }: { anyCase?: boolean } = {}): string {
  return title
    .replace(/^(?:an?|the)\s+/iu, "")
    .split(/(\s+)/u)
    .map((word) => expansion(word, anyCase) ?? word)
    .join("");
}
