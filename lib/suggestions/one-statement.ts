/**
 * One suggestion per statement (issue 17, item 2).
 * - A quote that continues after its attribution in the same paragraph ("…,” Blinken said. “…”,
 *   "…,” he said, “…”) is one suggestion with the same speaker: its span runs from the first quoted
 *   word to the last, attribution included (a suggestion is one exact span of the body), and `parts`
 *   holds the quoted words of each part. Only when the words between the parts, in one paragraph, are
 *   an attribution: at most twelve words (where and when it was said not counted; nor, after "said
 *   X,", what describes the speaker: "said Gary Pollard, chairman of …, who handed a petition to
 *   the trust last month."), an attribution verb among them, no quotation mark, and
 *   nothing that opens a statement of its own (", saying he was “…”", ", calling it a “…”", "that", a new sentence:
 *   "…,” Grant said. Critics called it a “…”"; ", holding back tears" opens none).
 * - A quote inside a reported statement ("said Intel remained “fully committed to Germany”") is one
 *   statement with it: the quote when it has four words or more (the speaker's own words; its kind
 *   and due date are read from the whole reported clause), else the reported statement, whose
 *   quoted fragment ("the council was “considering” a new levy …") is not offered on its own.
 */
import { ATTRIBUTION_VERB, findVerbs, NAMING_VERBS } from "./attribution.ts";
import type { Found } from "./attributor.ts";
import { foldName } from "./names.ts";
import type { Span, SuggestionKind } from "./schema.ts";
import { isFragment } from "./skip-rules.ts";
import { isAbbreviation } from "./titles.ts";
import { wordCount, type Analysis } from "./text.ts";

/**
 * `parts`: the quoted words; `reading`: the words the kind and due date are read from, in order, as
 * `readAs` (a quote that stood in a reported statement is read as that statement: "would" is reported "will").
 */
export type Statement = Found & { parts: Span[]; reading: Span[]; readAs: SuggestionKind };

/**
 * `,” Vogt told reporters in Brussels. “` / `,” he said, “`: closing mark, attribution, opening mark; a nickname in
 * quotation marks inside the attribution's name is part of it (`,” said Cynthia “Aunty Cyn” Ramos, who … “`).
 */
const BETWEEN_PARTS = /^[,.!?…]?[^\S\n]*["”»’'“][^\S\n]*,?[^\S\n]*((?:[^"“”«»„\n]|["“]\p{Lu}[^"“”«»„\n]{0,30}["”](?=[^\S\n]\p{Lu})){1,240}?)[^\S\n]*[.,:;—–-]?[^\S\n]*["“„«‘']$/u;
/**
 * "…,” he added, saying he was “…”: the words after the attribution open a statement of their own ("…, according to a
 * transcript" does not: it says where the words are from). A full stop
 * after an abbreviation ends no sentence: "said Sen. Maria Delgado, D-Ore., the bill's sponsor. “…”".
 */
const OPENS_STATEMENT = /[.!?]\s|\bthat$|\b(?:was|were|is|are|had|has|would|will)$/iu;
/** ", saying …", ", calling it …", ", urging …": a participle of speech; ", holding back tears" says how, not what. */
const SPEECH_PARTICIPLE = new RegExp(String.raw`,\s*(?=\p{L}+ing\b)(?:(?:${ATTRIBUTION_VERB.source})|(?:${NAMING_VERBS})|urging|demanding|pleading|appealing|predicting|suggesting|recalling)`, "iu");
const opensStatement = (attribution: string) => {
  const words = attribution.replace(/\S+\.(?=\s)/gu, (word) => (isAbbreviation(word) ? word.slice(0, -1) : word));
  return OPENS_STATEMENT.test(words) || SPEECH_PARTICIPLE.test(words);
};

/**
 * Where and when the words were said, at the end of an attribution ("… at a news conference in San
 * Pedro de Atacama", "… in an interview on Tuesday"): not counted among its words, however long.
 */
const CIRCUMSTANCES = /(?:[^\S\n]+(?:at|in|on|during|outside|after|before|from)\b[^,;:]*)+$/iu;

/**
 * A name with its title counts as one word, however long: "Qatar's Minister of State for Foreign Affairs Khalifa bin
 * Jassim Al Thani told a news conference" is an attribution of five.
 */
const NAME_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|for|the|and|bin|ibn|al|el|de|da|do|dos|del|la|von|van|der)\s+)*\p{Lu}[\p{L}'’.-]*)*/gu;

/** The same speaker, or none for both ("…,” a witness said. “…”): the attribution between them is one. */
function sameSpeaker(a: Found, b: Found): boolean {
  if (a.speaker === null || b.speaker === null) return a.speaker === b.speaker;
  return foldName(a.speaker.name) === foldName(b.speaker.name);
}

function continues(analysis: Analysis, first: Statement, next: Statement): boolean {
  if (first.kind !== "quote" || next.kind !== "quote" || !sameSpeaker(first, next)) return false;
  const between = BETWEEN_PARTS.exec(analysis.body.slice(first.end, next.start));
  if (!between) return false;
  const attribution = between[1]!;
  const offset = first.end + analysis.body.slice(first.end, next.start).indexOf(attribution);
  const verbsIn = (length: number) => findVerbs(analysis.body, { start: offset, end: offset + length }).length > 0;
  // "said Gary Pollard, chairman of …, who …": what follows the speaker's name describes them. Without
  // the verb before the comma ("Trump, a billionaire business tycoon, also said that …") it is counted.
  const head = attribution.split(",")[0]!;
  const counted = verbsIn(head.length) ? head : attribution;
  return wordCount(counted.replace(CIRCUMSTANCES, "").replace(NAME_RUN, "X")) <= 12 && !opensStatement(attribution) && verbsIn(attribution.length);
}

function mergeContinuations(analysis: Analysis, statements: Statement[]): Statement[] {
  const merged: Statement[] = [];
  for (const statement of statements) {
    const last = merged.at(-1);
    if (last && continues(analysis, last, statement)) {
      merged[merged.length - 1] = { ...last, end: statement.end, parts: [...last.parts, ...statement.parts], reading: [...last.reading, ...statement.reading] };
    } else merged.push(statement);
  }
  return merged;
}

const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;

export function oneStatementEach(analysis: Analysis, found: Found[]): Statement[] {
  const statements: Statement[] = found.map((item) => ({ ...item, parts: [{ start: item.start, end: item.end }], reading: [{ start: item.start, end: item.end }], readAs: item.kind }));
  const dropped = new Set<Statement>();
  for (const reported of statements.filter((statement) => statement.kind === "reported")) {
    const quotes = statements.filter((statement) => statement.kind === "quote" && within(statement, reported));
    if (quotes.length === 0) continue;
    const words = quotes.filter((quote) => !isFragment(analysis.body.slice(quote.start, quote.end)));
    if (words.length === 0) {
      for (const quote of quotes) dropped.add(quote);
      continue;
    }
    dropped.add(reported);
    for (const quote of words) {
      Object.assign(quote, { reading: reported.reading, readAs: reported.kind, ...(reported.aside ? { aside: reported.aside } : {}) });
    }
    for (const quote of quotes.filter((quote) => !words.includes(quote))) dropped.add(quote);
  }
  return mergeContinuations(analysis, statements.filter((statement) => !dropped.has(statement)));
}
