/**
 * Countries, however an article names them: the name ("Germany", "the United States"), a short form
 * ("UK", "U.K.", "Britain", "US", "U.S."), the demonym ("German", "British") or the capital or seat of
 * government standing for the government ("Berlin", "Moscow", "the Kremlin"). Each reading gives one
 * key per country, so "UK", "Britain" and "British" agree, and so do "Germany", "German" and "Berlin".
 * compromise tags most names and demonyms (Country, Demonym), which give the first four letters of
 * each word as the key ("Germany" and "German" → "germ"); the short forms, the demonyms compromise
 * misses or that do not share their country's first letters, and the capitals are listed here.
 */
import nlp from "compromise";
import { foldName } from "./names.ts";

const OTHER_NAMES: Record<string, string> = {
  "united kingdom": "uk|britain|great britain|british|london|downing street|whitehall",
  "united states": "us|usa|america|american|washington|white house",
  france: "french|paris|elysee",
  netherlands: "dutch|holland|hague|amsterdam",
  switzerland: "swiss|bern",
  poland: "polish|warsaw",
  denmark: "danish|copenhagen",
  finland: "finnish|helsinki",
  ireland: "irish|dublin",
  spain: "spanish|madrid",
  sweden: "swedish|stockholm",
  turkey: "turkish|turkiye|ankara",
  azerbaijan: "azerbaijani|azeri|baku",
  "united arab emirates": "uae|emirati|abu dhabi",
  "saudi arabia": "saudi|riyadh",
  philippines: "filipino|philippine|manila",
  "czech republic": "czech|czechia|prague",
  "south korea": "south korean|seoul",
  "north korea": "north korean|pyongyang",
  russia: "moscow|kremlin",
  germany: "berlin",
  china: "beijing",
  japan: "tokyo",
  ukraine: "kyiv|kiev",
  iran: "tehran",
  armenia: "yerevan",
  georgia: "tbilisi",
  india: "new delhi|delhi",
  pakistan: "islamabad",
  canada: "ottawa",
  australia: "canberra",
  "new zealand": "wellington",
  italy: "rome",
  portugal: "lisbon",
  belgium: "brussels",
  austria: "vienna",
  greece: "athens",
  hungary: "budapest",
  romania: "bucharest",
  serbia: "belgrade",
  norway: "oslo",
  belarus: "minsk",
  israel: "jerusalem",
  egypt: "cairo",
  syria: "damascus",
  iraq: "baghdad",
  afghanistan: "kabul",
  qatar: "doha",
  brazil: "brasilia",
  mexico: "mexico city",
  argentina: "buenos aires",
  colombia: "bogota",
  venezuela: "caracas",
  cuba: "havana",
  "south africa": "pretoria",
  nigeria: "abuja",
  kenya: "nairobi",
  vietnam: "hanoi",
  indonesia: "jakarta",
  thailand: "bangkok",
  taiwan: "taipei",
};
/** Words in the longest name looked up ("United Arab Emirates"). */
const LONGEST_NAME = 3;
const COUNTRY_OF = new Map(
  Object.entries(OTHER_NAMES).flatMap(([country, names]) => names.split("|").map((name) => [name, country] as const)),
);

type Word = { text: string; tags: string[] };

/** "U.K.'s" → "uk". */
function normalise(words: Word[]): string {
  return foldName(words.map((word) => word.text).join(" ")).replace(/['’]s$/u, "").replace(/\./gu, "");
}

function keyOf(country: string): string {
  return country.split(" ").map((word) => word.slice(0, 4)).join(" ");
}

function wordsOf(text: string): Word[] {
  return (nlp(text).json() as { terms: Word[] }[]).flatMap((sentence) => sentence.terms);
}

function keyOfWords(words: Word[]): string | null {
  const named = words.filter((word) => !/^the$/iu.test(word.text));
  // Names are capitalised: "us" is a pronoun, "US" the country.
  if (!/^\p{Lu}/u.test(named[0]?.text ?? "")) return null;
  const name = normalise(named);
  const listed = COUNTRY_OF.get(name);
  if (listed) return keyOf(listed);
  const tagged = named.every((word) => word.tags.includes("Country"));
  return tagged || (named.length === 1 && named[0]!.tags.includes("Demonym")) ? keyOf(name) : null;
}

/** The country that `phrase` as a whole names ("the U.K.", "Britain", "Moscow", "German"), as a key. */
export function countryKey(phrase: string): string | null {
  return phrase.trim().split(/\s+/u).length > LONGEST_NAME + 1 ? null : keyOfWords(wordsOf(phrase));
}

function acronym(word: Word): string | null {
  const letters = word.text.replace(/\./gu, "");
  return /^\p{Lu}{2,3}$/u.test(letters) ? letters.toLowerCase() : null;
}

/**
 * The countries named in `text` ("US Secretary of State" → the United States), as keys. Other
 * acronyms of two or three capitals ("EU", "UN") name a polity too and stand for themselves.
 */
export function countriesIn(text: string): string[] {
  const words = wordsOf(text);
  const keys = new Set<string>();
  for (let index = 0; index < words.length; index++) {
    // The longest name first: "United States" is one country, not "United" and "States".
    const name = [LONGEST_NAME, 2, 1].map((size) => ({ size, key: keyOfWords(words.slice(index, index + size)) })).find((window) => window.key);
    if (name) index += name.size - 1;
    const key = name?.key ?? acronym(words[index]!);
    if (key) keys.add(key);
  }
  return [...keys];
}
