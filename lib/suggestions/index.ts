/**
 * Suggested claims: the direct quotes and reported statements of a news article, with who said them,
 * a guessed claim kind and due date. Pure: no database, network or model files.
 *
 * Rules, each documented in its module:
 * - quotes.ts: which marks are quotation marks; a multi-paragraph quote gives one suggestion per
 *   paragraph, all with the same speaker.
 * - one-statement.ts: one suggestion per statement — “…,” he said, “…” is one; a quote inside a reported
 *   statement and the statement are one.
 * - long-quotes.ts: a quote over ~300 characters is offered as its sentences, the first selected.
 * - headline.ts: the headline offers nothing: its quotations and statements are offered where the article tells them.
 * - skip-rules.ts: titles, document names, scare quotes, stray fragments and reporters' questions are left out.
 * - reported.ts: which clauses are reported statements; an attribution in the middle of one ("The plan,
 *   she said, would cost billions.") gives the whole sentence, whose kind is read without it.
 * - attributor.ts and speakers.ts: how an attribution becomes a name, a title and an affiliation; with
 *   entities.ts (names in the text), full-name.ts (a surname alone, as the article writes it in full),
 *   titles.ts (abbreviations written out), affiliation.ts (the body a spokesperson speaks for),
 *   documents.ts ("the statement said"), gender.ts and pronouns.ts ("she said").
 * - countries.ts: a country however written ("UK", "Britain", "U.S."), or its capital for its government.
 * - kind-and-due.ts: claim kind and due date.
 * - stated-date.ts: when the statement was made, from the text or the article's date.
 */
import { Attributor } from "./attributor.ts";
import { findDueDate, guessClaimKind } from "./kind-and-due.ts";
import { headlineOf } from "./headline.ts";
import { findQuotations } from "./quotes.ts";
import { offerLongQuotes } from "./long-quotes.ts";
import { oneStatementEach } from "./one-statement.ts";
import { withoutNickname } from "./names.ts";
import { findReportedStatements } from "./reported.ts";
import type { Suggestion } from "./schema.ts";
import { statedDate, withOccasionDates } from "./stated-date.ts";
import { analyse } from "./text.ts";

export type { Suggestion } from "./schema.ts";
export type SuggestOptions = { publishedAt?: Date | null };

export function suggestClaims(body: string, options: SuggestOptions = {}): Suggestion[] {
  const analysis = analyse(body);
  const headline = headlineOf(body);
  // The headline is no statement of its own: its quotation is offered where the article quotes it, its "…, X says" where X says it.
  const afterHeadline = (start: number) => !headline || start >= headline.end;
  const quotations = findQuotations(body, analysis.paragraphs).filter((quotation) => afterHeadline(quotation.parts[0]!.start));
  const outer = quotations.flatMap((quotation) => quotation.parts.map((part) => ({ start: part.openMark, end: part.outerEnd })));
  const reported = findReportedStatements(analysis, outer).filter((statement) => afterHeadline(statement.start));
  const attributor = new Attributor(analysis, outer);

  type Item = { start: number; add: () => void };
  const items: Item[] = [
    ...reported.map((statement) => ({ start: statement.start, add: () => attributor.addReported(statement) })),
    ...quotations.map((quotation) => ({ start: quotation.parts[0]!.openMark, add: () => attributor.addQuotation(quotation) })),
  ];
  items.sort((a, b) => a.start - b.start).forEach((item) => item.add());

  const seen = new Set<string>();
  const found = attributor.results
    .filter((item) => item.end > item.start)
    .filter((item) => {
      const key = `${item.kind}:${item.start}:${item.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);

  const suggestions = oneStatementEach(analysis, found)
    // A long quote's sentences share the date its attribution gives the whole quote.
    .flatMap((whole) => offerLongQuotes(analysis, whole).map((statement) => ({ statement, stated: statedDate(analysis, whole, outer, options.publishedAt ?? null) })))
    .map(({ statement, stated }) => {
      const { reading, aside } = statement;
      // "The plan, she said, would cost billions": kind and due date come from the words without the attribution.
      const words = reading
        .map((span) => (aside && aside.start >= span.start && aside.end <= span.end ? body.slice(span.start, aside.start) + body.slice(aside.end, span.end) : body.slice(span.start, span.end)))
        .join(" ");
      const claimKind = guessClaimKind(words, statement.readAs, statement.speaker, statement.phrase);
      return {
        kind: statement.kind,
        text: body.slice(statement.start, statement.end),
        start: statement.start,
        end: statement.end,
        parts: statement.parts,
        partOf: statement.partOf,
        selected: statement.selected,
        speaker: statement.speaker ? withoutNickname(statement.speaker.name) : null,
        speakerTitle: statement.speaker?.title ?? null,
        speakerAffiliation: statement.speaker?.affiliation ?? null,
        claimKind,
        ...stated,
        dueDate: claimKind === "ASSERTION" ? null : findDueDate(words, options.publishedAt ?? null),
      };
    });
  return withOccasionDates(suggestions, analysis.paragraphs);
}
