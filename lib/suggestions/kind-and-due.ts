/**
 * Claim kind and due date of a suggestion.
 *
 * Kind, first rule that applies:
 * - PROMISE: the speaker commits themselves or their side — a first-person subject (I, we, my/our
 *   government…) with will/shall/'ll/going to/ready to/committed to/intend to, or a commitment word
 *   (commit, pledge, promise, vow) anywhere in the statement; in a reported statement,
 *   he/she/his/her/their (the speaker, in reported speech) with will/would/shall; or the speaker's own
 *   government as the subject with will/shall, or with would in a reported statement ("Germany will
 *   double its contribution…", "Berlin will…", "the German government will…", "[the minister said]
 *   the government would…"). A government speaker is an office holder (minister, president,
 *   chancellor, secretary, spokesperson…), whose government is any country their title names
 *   ("German Environment Minister" fits "Germany" and "Berlin"; "US Secretary of State" does not fit
 *   "Spain"; "Environment Minister" fits any country, since the article rarely restates which
 *   government an official serves — the one known blind spot is an official forecasting what another
 *   country will do with no country in their title), or a country, capital or seat of government
 *   speaking for itself ("Moscow said…"), for which a reported "it will/would …" (not "it would be")
 *   is its own commitment too. Countries, their short forms and capitals are read by countries.ts.
 *   The same holds for the speaker's own organisation: an organisation ("the council", "Bristol City
 *   Council", "the company", "the trust") as the subject with will/shall, or with would in a reported
 *   statement, when the speaker holds an office in it — their title names it ("council leader", "the
 *   company's chief executive" for "the company would…"; matched by the organisation's last word or
 *   its name) or they are introduced as "its <title>" right after it ("Bristol City Council will
 *   build…, its leader, Sarah Okafor, said"; "…,” said its leader). A title naming another body is
 *   no match ("the hospital's chief executive" for "the trust will…"), and a title naming none is no
 *   match either (unlike governments, organisations are too many to assume the speaker's own).
 * - PREDICTION: a forecast about others or events — will/would/shall/going to, expect, hope,
 *   likely/unlikely, probably, soon, predict/forecast, "within reach/sight".
 * - ASSERTION otherwise.
 *
 * Due date (YYYY-MM-DD), only for promises and predictions, from the first future date phrase in the
 * statement as read by chrono-node relative to the source's publication date:
 * - a period ("next month", "by the end of the year", "this year", "in March") → its last day;
 * - a duration ("within six months", "in two weeks") → publication date plus that duration;
 * - "by the end of 2024" / "by 2026" → that year's 31 December; "before 2025 begins" → 2024-12-31;
 * - "mid-2026" / "the middle of 2026" → 30 June of that year;
 * - "(by) the end of the decade" / "this decade" → 31 December of the last year of the current calendar
 *   decade, counting decades as the 2020s = 2020–2029 (published 2024-06-12 → 2029-12-31);
 *   "the end of next decade" → ten years later;
 * - "the first half of 2025" → 30 June, "the third quarter of next year" → 30 September of next year;
 * - a bare rate ("$5 billion a year", "twice a week") is not a duration and gives no date, and neither
 *   is a bare length with no "in/within/next/from now" ("a sentence of at least 12 years");
 * - a start is no deadline ("from next week", "as early as Oct. 14", "no earlier than 2028"), nor is a
 *   duration counted from an event ("within six months of ratification") or a length ("for a week");
 * - a phrase with no digit and no word of time is not a date (chrono-node reads "the money" as Monday).
 * Without a publication date only phrases that do not depend on it (a year, a full date) count.
 */
import * as chrono from "chrono-node";
import type { ClaimKind } from "@/generated/prisma/enums.ts";
import { countriesIn, countryKey } from "./countries.ts";
import { ORGANISATION_HEADS } from "./entities.ts";
import { isTitleWord } from "./titles.ts";
import { foldName } from "./names.ts";
import type { SuggestionKind } from "./schema.ts";
import type { Speaker as FullSpeaker } from "./speakers.ts";

/** Only who spoke and their title bear on the kind. */
type Speaker = Pick<FullSpeaker, "name" | "title">;

const FIRST_PERSON = String.raw`\b(?:i|we|my|our)\b`;
const COMMITMENT = /\b(?:commit(?:s|ted|ment|ting)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?)\b/iu;
const FIRST_PERSON_FUTURE = new RegExp(
  `${FIRST_PERSON}[^.;!?]{0,40}?(?:\\bwill\\b|\\bshall\\b|'ll\\b|’ll\\b|\\bgoing to\\b|\\bready to\\b|\\bintend to\\b|\\bplan to\\b|\\bdetermined to\\b)`,
  "iu",
);
const FORECAST = /\b(?:will|would|shall|going to|expect(?:s|ed|ing)?|hop(?:e|es|ed|ing)|likely|unlikely|probably|soon|predict(?:s|ed)?|forecast(?:s)?|within (?:reach|sight))\b|['’]ll\b/iu;

const REPORTED_SELF_FUTURE = /\b(?:he|she|his|her|their)\b[^.;!?]{0,30}?\b(?:will|would|shall)\b/iu;
/** "Berlin said it would double its aid" — but "it would be difficult" says nothing of Berlin. */
const ITSELF_FUTURE = /^it\s+(?:will|would|shall)\s+(?!be\b)/iu;

/** "Germany will…", "The United States will also…", "Japan's government will…", "the German government will…", "the government will…". */
const GOVERNMENT_SUBJECT_FUTURE =
  /^(?:[Tt]he\s+)?(?:([Gg]overnment)|(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})(?:['’]s)?(?:\s+government)?)\s+(?:also\s+|now\s+|still\s+)?(will|shall|would)\b/u;
const GOVERNMENT_OFFICE = /\b(?:minister|president|chancellor|secretary|premier|spokes(?:man|woman|person)|government|ambassador|envoy|trade representative)\b/iu;

/** The countries whose government the speaker speaks for ([] when any), or null when the speaker is no government. */
function governmentOf(speaker: Speaker | null): string[] | null {
  const country = speaker ? countryKey(speaker.name) : null;
  if (country) return [country];
  if (speaker?.title && GOVERNMENT_OFFICE.test(speaker.title)) return countriesIn(speaker.title);
  return null;
}

function ownGovernmentSubject(statement: string, kind: SuggestionKind, speaker: Speaker | null): boolean {
  const government = governmentOf(speaker);
  const subject = GOVERNMENT_SUBJECT_FUTURE.exec(statement.trim());
  // Reported speech shifts "will" to "would": "the minister said the government would…".
  if (!government || !subject || (subject[3] === "would" && kind !== "reported")) return false;
  if (subject[1]) return true;
  const country = countryKey(subject[2]!);
  return country !== null && (government.length === 0 || government.includes(country));
}

/** "The council will…", "Bristol City Council will…", "the company would…": an organisation, named or by its last word, then will/shall/would. */
const ORGANISATION_SUBJECT_FUTURE = /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}&'’.-]*\s+){0,5})(\p{L}+)\s+(?:also\s+|now\s+|still\s+)?(will|shall|would)\b/u;
/** "its leader", "its chief executive, Lisa Moreno,": an office in the organisation just named. */
const ITS_OFFICE = /^its\s+/iu;

function ownOrganisationSubject(statement: string, kind: SuggestionKind, speaker: Speaker | null, attribution: string | null): boolean {
  const subject = ORGANISATION_SUBJECT_FUTURE.exec(statement.trim());
  if (!subject || (subject[3] === "would" && kind !== "reported")) return false;
  const head = foldName(subject[2]!);
  if (!ORGANISATION_HEADS.has(head)) return false;
  if (attribution && ITS_OFFICE.test(attribution.trim()) && attribution.split(/[\s,]+/u).some(isTitleWord)) return true;
  const title = speaker?.title ? foldName(speaker.title).replace(/['’]s\b/gu, "") : "";
  if (!title.split(/\s+/u).some(isTitleWord)) return false;
  const name = foldName(`${subject[1]!}${subject[2]!}`);
  return title.split(/\s+/u).includes(head) || (subject[1]!.trim() !== "" && title.includes(name));
}

function speaksOfItself(statement: string, speaker: Speaker | null): boolean {
  return speaker !== null && countryKey(speaker.name) !== null && ITSELF_FUTURE.test(statement.trim());
}

/**
 * The speaker, when known, lets "Germany will…" said by a German minister count as a promise; the words
 * of the attribution ("its leader") let "The council will…" said by the council's leader count too.
 */
export function guessClaimKind(statement: string, kind: SuggestionKind, speaker: Speaker | null = null, attribution: string | null = null): ClaimKind {
  if (COMMITMENT.test(statement) || FIRST_PERSON_FUTURE.test(statement)) return "PROMISE";
  if (ownGovernmentSubject(statement, kind, speaker) || ownOrganisationSubject(statement, kind, speaker, attribution)) return "PROMISE";
  if (kind === "reported" && (REPORTED_SELF_FUTURE.test(statement) || speaksOfItself(statement, speaker))) return "PROMISE";
  if (FORECAST.test(statement)) return "PREDICTION";
  return "ASSERTION";
}

const YEAR_END = /\b(?:by|before|until|in|during|for)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d{2})(?!\s*(?:begins|starts))\b/iu;
const BEFORE_YEAR_BEGINS = /\bbefore\s+((?:19|20)\d{2})\s+(?:begins|starts)\b/iu;
const END_OF_THE_YEAR = /\bthe\s+end\s+of\s+the\s+year\b/giu;
const MID_YEAR = /\b(?:mid-?|the\s+middle\s+of\s+)((?:19|20)\d{2})\b/iu;
const END_OF_DECADE = /\b(?:(?:by|before|until|at)\s+)?(?:the\s+end\s+of\s+)?(the|this|next)\s+decade\b(?!-)/iu;
/** "a year" with no preposition is a rate ("$387 billion a year", "£1.2m a year"), not "within a year". */
const RATE = /^(?:\S*\d\S*\s+)?(?:a|an|per|each|every)\s+(?:days?|weeks?|months?|years?)$/iu;
/** "its night shift", "the morning session": a part of the day alone says no day. */
const PART_OF_DAY = /^(?:morning|afternoon|evening|night)$/iu;
/** "by the end of May", "before June", "within 10 days": a deadline, preferred to another date in the statement ("the May 20 budget"). */
const DEADLINE_BEFORE = /\b(?:by|before|until|within|no later than)\s+(?:the\s+)?(?:(?:end|middle)\s+of\s+)?$/iu;
const DURATION = /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple of)\s+(?:days?|weeks?|months?|years?)\b/iu;
/** "12 years" alone, as chrono-node reads it in "a sentence of at least 12 years": a length, not a deadline. */
const BARE_DURATION = new RegExp(`^${DURATION.source.replace(/^\\b|\\b$/gu, "")}$`, "iu");

/** chrono-node reads "by the end of 2024" and "before 2025 begins" as nothing: these are read here. */
const yearParser: chrono.Parser = {
  pattern: () => new RegExp(`${BEFORE_YEAR_BEGINS.source}|${YEAR_END.source}`, "iu"),
  extract: (_context, match) => {
    const begins = match[1];
    const year = begins ? Number(begins) - 1 : Number(match[2]);
    return { year, month: 12, day: 31 };
  },
};

const midYearParser: chrono.Parser = {
  pattern: () => MID_YEAR,
  extract: (_context, match) => ({ year: Number(match[1]), month: 6, day: 30 }),
};

/** "the end of the decade": 2020–2029 is one decade, so any date in it gives 2029-12-31. */
const decadeParser: chrono.Parser = {
  pattern: () => END_OF_DECADE,
  extract: (context, match) => {
    const year = context.reference.instant.getUTCFullYear();
    const last = Math.floor(year / 10) * 10 + 9 + (match[1]!.toLowerCase() === "next" ? 10 : 0);
    return { year: last, month: 12, day: 31 };
  },
};

/**
 * "in the first half of 2025" → 30 June, "the third quarter of next year" → 30 September; "by the third quarter"
 * alone is the next one to end.
 */
const PART_OF_YEAR = /\bthe\s+(first|second|third|fourth)\s+(half|quarter)(?:\s+of\s+((?:19|20)\d{2}|this\s+year|next\s+year))?\b/iu;
const ORDINALS = ["first", "second", "third", "fourth"];

const partOfYearParser: chrono.Parser = {
  pattern: () => PART_OF_YEAR,
  extract: (context, match) => {
    const reference = context.reference.instant.getUTCFullYear();
    const which = match[3]?.toLowerCase() ?? null;
    const month = (ORDINALS.indexOf(match[1]!.toLowerCase()) + 1) * (match[2]!.toLowerCase() === "half" ? 6 : 3);
    const ended = lastDay(reference, month) < context.reference.instant;
    const year = which === null ? reference + (ended ? 1 : 0) : /^\d/u.test(which) ? Number(which) : reference + (which.startsWith("next") ? 1 : 0);
    return { year, month, day: lastDay(year, month).getUTCDate() };
  },
};

const parser = chrono.casual.clone();
parser.parsers.push(yearParser, midYearParser, decadeParser, partOfYearParser);

/** chrono-node reads "the money" as a Monday: a date phrase has a digit or a word of time in it. */
const TIME_WORD = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:today|tomorrow|tonight|yesterday|week|month|year|decade|days?|end|mid|quarter|half|spring|summer|autumn|fall|winter|morning|evening|night)s?\b/iu;
/** "from next week", "as early as Oct. 14", "will not open before the end of the year": when something starts, not a deadline. */
const STARTING_BEFORE = /\b(?:from|starting|beginning|as of|as early as|no earlier than|not\s+(?:[\p{L}-]+\s+){0,5}before)\s+(?:the\s+)?(?:(?:start|end|middle)\s+of\s+)?$/iu;
/** "had risen by US$2.1 billion since July": a time since which something has been so is past, never a deadline. */
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?(?:(?:start|end|middle)\s+of\s+)?$/iu;
/** "within six months of ratification", "in 30 days after signing": counted from an event, not from the statement. */
const COUNTED_FROM_EVENT = /^\s+(?:of|after|from|following)\b/iu;
/** "back on the platforms for a week", "over two years": how long, not by when. */
const LENGTH = new RegExp(`\\b(?:for|over|lasting)\\s+${DURATION.source}$`, "iu");

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function lastDay(year: number, month: number): Date {
  return new Date(Date.UTC(year, month, 0));
}

function deadline(result: chrono.ParsedResult): Date {
  const date = result.start.date();
  const { start } = result;
  if (DURATION.test(result.text) || start.isCertain("day") || start.isCertain("weekday")) return date;
  if (start.isCertain("month")) return lastDay(date.getUTCFullYear(), date.getUTCMonth() + 1);
  return lastDay(date.getUTCFullYear(), 12);
}

/** Two readings with references years apart: a phrase that depends on the reference reads differently. */
const PROBE_REFERENCES = [new Date(Date.UTC(2001, 0, 15)), new Date(Date.UTC(2013, 6, 15))];

function read(statement: string, reference: Date): chrono.ParsedResult[] {
  const text = statement.replace(END_OF_THE_YEAR, "the end of this year");
  return parser
    .parse(text, { instant: reference, timezone: 0 }, { forwardDate: true })
    .filter((result) => !RATE.test(result.text.trim()) && !BARE_DURATION.test(result.text.trim()) && !PART_OF_DAY.test(result.text.trim()) && TIME_WORD.test(result.text))
    .filter((result) => !STARTING_BEFORE.test(text.slice(0, result.index) + (/^before\s/iu.exec(result.text)?.[0] ?? "")) && !SINCE_BEFORE.test(text.slice(0, result.index)))
    .filter((result) => !(DURATION.test(result.text) && (COUNTED_FROM_EVENT.test(text.slice(result.index + result.text.length)) || LENGTH.test(text.slice(0, result.index + result.text.length)))))
    .sort((a, b) => Number(isDeadline(text, b)) - Number(isDeadline(text, a)));
}

function isDeadline(text: string, result: chrono.ParsedResult): boolean {
  return DEADLINE_BEFORE.test(text.slice(0, result.index)) || /^(?:by|before|until|within)\b/iu.test(result.text);
}

export function findDueDate(statement: string, publishedAt: Date | null): string | null {
  if (publishedAt) {
    const published = isoDate(publishedAt);
    for (const result of read(statement, publishedAt)) {
      const due = isoDate(deadline(result));
      if (due > published) return due;
    }
    return null;
  }
  const [first, second] = PROBE_REFERENCES.map((reference) => read(statement, reference));
  for (const [index, result] of (first ?? []).entries()) {
    const other = second?.[index];
    if (other && other.index === result.index && isoDate(deadline(other)) === isoDate(deadline(result))) {
      return isoDate(deadline(result));
    }
  }
  return null;
}
