/**
 * Suggested claims: the direct quotes and reported statements of a news article, with who said them,
 * a guessed claim kind and due date. Pure: no database, network or model files.
 *
 * Rules, each documented in its module:
 * - quotes.ts: which marks are quotation marks; a multi-paragraph quote gives one suggestion per
 *   paragraph, and “…,” he said, “…” gives two suggestions, all with the same speaker.
 * - skip-rules.ts: titles, document names, scare quotes, stray fragments and reporters' questions are left out.
 * - reported.ts: which clauses are reported statements; an attribution in the middle of one ("The plan,
 *   she said, would cost billions.") gives the whole sentence, whose kind is read without it.
 * - attributor.ts and speakers.ts: how an attribution becomes a name and a title.
 * - countries.ts: a country however written ("UK", "Britain", "U.S."), or its capital for its government.
 * - kind-and-due.ts: claim kind and due date.
 */
import { Attributor } from "./attributor.ts";
import { findDueDate, guessClaimKind } from "./kind-and-due.ts";
import { findQuotations } from "./quotes.ts";
import { findReportedStatements } from "./reported.ts";
import type { Suggestion } from "./schema.ts";
import { analyse } from "./text.ts";

export type { Suggestion } from "./schema.ts";
export type SuggestOptions = { publishedAt?: Date | null };

export function suggestClaims(body: string, options: SuggestOptions = {}): Suggestion[] {
  const analysis = analyse(body);
  const quotations = findQuotations(body, analysis.paragraphs);
  const outer = quotations.flatMap((quotation) => quotation.parts.map((part) => ({ start: part.openMark, end: part.outerEnd })));
  const reported = findReportedStatements(analysis, outer);
  const attributor = new Attributor(analysis, outer);

  type Item = { start: number; add: () => void };
  const items: Item[] = [
    ...reported.map((statement) => ({ start: statement.start, add: () => attributor.addReported(statement) })),
    ...quotations.map((quotation) => ({ start: quotation.parts[0]!.openMark, add: () => attributor.addQuotation(quotation) })),
  ];
  items.sort((a, b) => a.start - b.start).forEach((item) => item.add());

  const seen = new Set<string>();
  return attributor.results
    .filter((found) => found.end > found.start)
    .filter((found) => {
      const key = `${found.kind}:${found.start}:${found.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((found) => {
      const text = body.slice(found.start, found.end);
      // "The plan, she said, would cost billions": kind and due date come from the words without the attribution.
      const words = found.aside ? body.slice(found.start, found.aside.start) + body.slice(found.aside.end, found.end) : text;
      const claimKind = guessClaimKind(words, found.kind, found.speaker, found.phrase);
      const published = options.publishedAt ? options.publishedAt.toISOString().slice(0, 10) : null;
      return {
        kind: found.kind,
        text,
        start: found.start,
        end: found.end,
        parts: [{ start: found.start, end: found.end }],
        partOf: null,
        selected: true,
        speaker: found.speaker?.name ?? null,
        speakerTitle: found.speaker?.title ?? null,
        claimKind,
        statedAt: published,
        statedAtSource: published ? ("article" as const) : null,
        statedAtApproximate: false,
        dueDate: claimKind === "ASSERTION" ? null : findDueDate(words, options.publishedAt ?? null),
      };
    });
}
