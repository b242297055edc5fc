/**
 * Turns the phrase that names a speaker into a name and a title:
 * - a name ("Blinken", "US Secretary of State Antony Blinken") → the person as first named in the
 *   article, with the first title the article gives them;
 * - "X's spokesman" → X resolved the same way (the statement is made on X's behalf);
 * - "a spokesperson for/of X", "an official from X" (no one named) → X resolved the same way, or else,
 *   when X is a named body the roster does not know ("the French delegation"), X itself as an
 *   organisation without its determiner ("French delegation"); lowercase bodies ("the family") give none;
 * - he/she → the last speaker, or else the last person named before the phrase;
 * - a title ("the president", "the Azerbaijan president") → the last person named with a title
 *   sharing those words; "the ministry" → the last organisation named with that word;
 * - a role with no title to match ("the envoy") → the last speaker; before any name at all
 *   (a headline: "…, envoy says") → the first person named after it;
 * - a name after a description ("the tenants' union ACORN", "the industry body UK Steel") → that name;
 * - a country or its capital alone ("the U.K.", "Britain", "Moscow") → that name, without "the";
 * - a country, written any way, before an institution ("The U.S. Treasury", "the UK government", "the
 *   U.S. Attorney's Office", "the German Finance Ministry") → the whole name without "the": the
 *   institution is the last word of an organisation ("government", "office", "ministry"…) or a
 *   capitalised name with no title or person in it; "the UK trade secretary" and "US officials" are not;
 * - anything else ("the two countries", "officials") → no speaker.
 */
import { countryKey } from "./countries.ts";
import { foldName } from "./names.ts";
import type { Span } from "./schema.ts";
import { isTitleWord, ORGANISATION_HEADS, type Mention, type Roster } from "./entities.ts";

export type Speaker = { name: string; title: string | null };

export type SpeakerContext = {
  body: string;
  roster: Roster;
  /** Spans inside quotation marks: names there are quoted words, not the writer's references. */
  quoted: Span[];
  /** Speakers resolved so far, in text order. */
  history: Speaker[];
};

/** "the ministry's spokesman", "Biden's press secretary": the statement is made for the owner. */
const OWNER = /^(.+?)['’]s\s+(?:\p{L}+\s+)?(?:spokes(?:man|woman|person)|secretary|office|aide|representative|envoy|adviser|advisor)$/iu;
/** "a spokesperson for the French delegation", "an official from the ministry". */
const ON_BEHALF_OF = /^(?:a|an|the)\s+(?:\p{L}+\s+)?(?:spokes(?:man|woman|person)|representative|official|aide)\s+(?:for|of|from|at|with)\s+(.{2,80})$/iu;
const DETERMINER = /^(?:the|a|an|its|his|her|their|our)\s+/iu;
/** "the tenants' union ACORN", "the industry body UK Steel" — not "the talks in Geneva". */
const DESCRIBED_NAME = /^(?:[Tt]he|[Aa]n?)\s+(?:(?!(?:of|for|in|at|on|from|with|to|by|and)\s)[\p{Ll}'’-]+\s+){1,4}$/u;

/** "The U.S. Treasury", "the UK government", "the U.S. Attorney's Office" → "U.S. Treasury", "UK government", "U.S. Attorney's Office". */
function countryInstitution(context: SpeakerContext, phrase: Span, text: string): string | null {
  const name = text.replace(DETERMINER, "");
  const words = name.split(/\s+/u);
  const size = [3, 2, 1].find((count) => words.length > count && countryKey(words.slice(0, count).join(" ")) !== null);
  if (size === undefined || words.length > size + 4) return null;
  const rest = words.slice(size).map((word) => word.replace(/['’]s$/u, ""));
  if (ORGANISATION_HEADS.has(foldName(rest.at(-1)!))) return name;
  const person = context.roster.mentions.some((mention) => mention.kind === "person" && mention.start >= phrase.start && mention.end <= phrase.end);
  return rest.every((word) => /^\p{Lu}/u.test(word) && !isTitleWord(word)) && !person ? name : null;
}

function stem(word: string): string {
  return foldName(word).replace(/['’]s$/u, "").slice(0, 6);
}

function outsideQuotes(context: SpeakerContext, mention: Mention): boolean {
  return !context.quoted.some((span) => mention.start >= span.start && mention.end <= span.end);
}

function isPossessive(body: string, mention: Mention): boolean {
  return /^['’]s\b/u.test(body.slice(mention.end, mention.end + 3));
}

function fromMention(context: SpeakerContext, mention: Mention): Speaker {
  if (mention.kind === "organisation" || mention.kind === "place") return { name: mention.name, title: null };
  const person = context.roster.person(mention.name);
  if (!person || (mention.name.includes(" ") && foldName(person.name) !== foldName(mention.name) && !person.name.includes(" "))) {
    return { name: mention.name, title: mention.title };
  }
  return { name: person.name, title: person.title ?? mention.title };
}

function lastSpeakerOrPerson(context: SpeakerContext, position: number): Speaker | null {
  const speaker = context.history.at(-1);
  if (speaker) return { name: speaker.name, title: speaker.title };
  const mention = context.roster.mentions.findLast(
    (candidate) => candidate.kind === "person" && candidate.end <= position && outsideQuotes(context, candidate),
  );
  return mention ? fromMention(context, mention) : null;
}

function firstPersonAfter(context: SpeakerContext, position: number): Speaker | null {
  const mention = context.roster.mentions.find((candidate) => candidate.kind === "person" && candidate.start >= position);
  return mention ? fromMention(context, mention) : null;
}

function byTitle(context: SpeakerContext, words: string[], position: number): Speaker | null {
  const head = stem(words.at(-1)!);
  let best: { mention: Mention; score: number } | null = null;
  for (const mention of context.roster.mentions) {
    if (mention.start >= position || mention.kind !== "person" || !outsideQuotes(context, mention)) continue;
    const titles = [mention.title, context.roster.person(mention.name)?.title].filter((title): title is string => !!title);
    for (const title of titles) {
      const titleStems = title.split(/\s+/).map(stem);
      if (!titleStems.includes(head)) continue;
      const score = words.filter((word) => titleStems.includes(stem(word))).length;
      if (!best || score >= best.score) best = { mention, score };
    }
  }
  return best ? fromMention(context, best.mention) : null;
}

function byOrganisationHead(context: SpeakerContext, head: string, position: number): Speaker | null {
  const mention = context.roster.mentions.findLast(
    (candidate) => candidate.kind === "organisation" && candidate.end <= position && foldName(candidate.name).split(" ").includes(head),
  );
  return mention ? { name: mention.name, title: null } : null;
}

export function resolveSpeaker(context: SpeakerContext, phrase: Span): Speaker | null {
  const text = context.body.slice(phrase.start, phrase.end).trim();
  if (!text) return null;
  if (/^(?:he|she)$/iu.test(text)) return lastSpeakerOrPerson(context, phrase.start);
  if (/^(?:they|we|i|it|you)$/iu.test(text)) return null;
  // "The United States said", "Moscow said": the country, or its government by its capital.
  if (countryKey(text)) return { name: text.replace(DETERMINER, ""), title: null };
  const institution = countryInstitution(context, phrase, text);
  if (institution) return { name: institution, title: null };

  const owner = OWNER.exec(text);
  if (owner) return resolveSpeaker(context, { start: phrase.start + text.indexOf(owner[1]!), end: phrase.start + text.indexOf(owner[1]!) + owner[1]!.length });

  const onBehalf = ON_BEHALF_OF.exec(text);
  if (onBehalf) {
    const start = phrase.start + text.lastIndexOf(onBehalf[1]!);
    const body = onBehalf[1]!.replace(DETERMINER, "").trim();
    const words = body.split(/\s+/u);
    return (
      resolveSpeaker(context, { start, end: start + onBehalf[1]!.length }) ??
      (/^\p{Lu}/u.test(body) && words.length <= 5 && !/[,;:"“”]/u.test(body) ? { name: body, title: null } : null)
    );
  }

  const mentions = context.roster.mentions.filter(
    (mention) => mention.start >= phrase.start && mention.end <= phrase.end && outsideQuotes(context, mention),
  );
  const named =
    mentions.find((mention) => mention.kind === "person" && !isPossessive(context.body, mention)) ??
    mentions.find((mention) => mention.kind !== "place" && mention.kind !== "other") ??
    (mentions.length === 1 && !DETERMINER.test(text) ? mentions[0] : undefined) ??
    mentions.find((mention) => mention.kind !== "place" && DESCRIBED_NAME.test(context.body.slice(phrase.start, mention.start).trimStart()));
  if (named) return fromMention(context, named);

  const words = text.replace(DETERMINER, "").split(/\s+/).filter(Boolean);
  const head = foldName(words.at(-1) ?? "").replace(/['’]s$/u, "");
  if (!head) return null;
  if (ORGANISATION_HEADS.has(head)) return byOrganisationHead(context, head, phrase.start);
  if (!isTitleWord(head) && !/(?:man|woman|person)$/u.test(head)) return null;
  return (
    byTitle(context, words, phrase.start) ??
    (context.history.length > 0 || context.roster.mentions.some((mention) => mention.kind === "person" && mention.end <= phrase.start)
      ? lastSpeakerOrPerson(context, phrase.start)
      : firstPersonAfter(context, phrase.start))
  );
}
