/**
 * The organisation a speaker speaks for, as their title names it:
 * - before the role, when it is a capitalised name ending in an organisation word: "State Department
 *   spokesperson", "Kremlin spokesman", "Foreign Ministry spokeswoman" → "State Department", "Kremlin",
 *   "Foreign Ministry" (not "the company's chief executive": no name);
 * - after a spokesperson's, representative's or official's "for/of/at": "Spokesperson for the US State
 *   Department", "spokesperson for the water utility" → "US State Department", "water utility".
 * A country, a demonym or a title word is no affiliation: "Turkish Foreign Minister", "Minister of
 * Foreign Affairs", "US Secretary of State" give none.
 */
import { ORGANISATION_HEADS } from "./entities.ts";
import { isTitleWord } from "./titles.ts";
import { foldName } from "./names.ts";

const SPEAKS_FOR = /^(?:[\p{L}-]+\s+)?(?:spokes(?:man|woman|person)|representative|official|aide|adviser|advisor)\s+(?:for|of|at|from|with)\s+(?:the\s+)?(.{2,80})$/iu;

const possessive = (word: string) => word.replace(/['’]s$/u, "");

export function affiliationOf(title: string): string | null {
  const text = title.trim();
  const speaksFor = SPEAKS_FOR.exec(text);
  if (speaksFor) return speaksFor[1]!.replace(/[.,;:]+$/u, "");
  const words = text.split(/\s+/u);
  const role = words.findIndex((word, index) => index > 0 && isTitleWord(word) && ORGANISATION_HEADS.has(foldName(possessive(words[index - 1]!))));
  if (role < 0) return null;
  const name = possessive(words.slice(0, role).join(" "));
  return /^\p{Lu}/u.test(name) ? name : null;
}
