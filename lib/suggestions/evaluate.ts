/**
 * Scores suggestions against a hand-labelled set (tests/fixtures/suggestions/*.json).
 *
 * Matching rule: a suggestion matches a labelled item of the same kind when their spans overlap by at
 * least half of the longer span; each item matches at most one suggestion (largest overlaps first).
 * The sentences a long quote is offered as (`partOf`) count as one suggestion spanning the whole quote.
 * Precision = matched / suggested, recall = matched / labelled, speaker accuracy = matched pairs
 * whose speakers are equal (accent- and case-insensitive; both null counts as equal) / matched.
 *
 * Dates, over matched pairs whose label has them: the stated date is right when it is the labelled
 * day and both agree on whether it is approximate; due dates are counted as found (labelled date,
 * same day suggested) and spurious (labelled none, one suggested).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { suggestClaims } from "./index.ts";
import { foldName } from "./names.ts";
import type { Suggestion, SuggestionKind } from "./schema.ts";

export const labelledArticleSchema = z
  .object({
    article: z.string(),
    publishedAt: z.iso.date().nullable(),
    notes: z.string().optional(),
    items: z.array(
      z
        .object({
          kind: z.enum(["quote", "reported"]),
          start: z.int().nonnegative(),
          text: z.string().min(1),
          speaker: z.string().nullable(),
          /** When the statement was made, and whether the text only says roughly ("last week"). */
          statedAt: z.iso.date().optional(),
          approximate: z.boolean().optional(),
          dueDate: z.iso.date().nullable().optional(),
        })
        .strict(),
    ),
  })
  .strict();

export type LabelledArticle = z.infer<typeof labelledArticleSchema>;
type LabelledItem = LabelledArticle["items"][number];

export type EvaluationCase = { name: string; body: string; labels: LabelledArticle; suggestions: Suggestion[] };

type Listed = { article: string; text: string; speaker: string | null };
export type KindScore = {
  labelled: number;
  suggested: number;
  matched: number;
  precision: number;
  recall: number;
  speakerCorrect: number;
  speakerAccuracy: number;
  misses: Listed[];
  falsePositives: Listed[];
  wrongSpeakers: (Listed & { expected: string | null })[];
};
type Dated = Listed & { expected: string | null; got: string | null };
export type DateScore = {
  statedLabelled: number;
  statedCorrect: number;
  statedAccuracy: number;
  dueLabelled: number;
  dueFound: number;
  dueSpurious: number;
  wrongDates: Dated[];
};
export type Evaluation = Record<SuggestionKind, KindScore> & { dates: DateScore };

const KINDS: SuggestionKind[] = ["quote", "reported"];

function overlapShare(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap <= 0 ? 0 : overlap / Math.max(a.end - a.start, b.end - b.start);
}

function sameSpeaker(a: string | null, b: string | null): boolean {
  return a === null || b === null ? a === b : foldName(a) === foldName(b);
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/** A long quote's sentences are one suggestion: the first sentence's, spanning the whole quote. */
function offered(suggestions: Suggestion[]): Suggestion[] {
  const seen = new Set<string>();
  return suggestions.flatMap((suggestion) => {
    if (!suggestion.partOf) return [suggestion];
    const key = `${suggestion.partOf.start}:${suggestion.partOf.end}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ ...suggestion, ...suggestion.partOf }];
  });
}

type Pair = { name: string; item: LabelledItem; suggestion: Suggestion };

function scoreKind(cases: EvaluationCase[], kind: SuggestionKind, pairsOut: Pair[]): KindScore {
  const score: KindScore = {
    labelled: 0, suggested: 0, matched: 0, precision: 0, recall: 0, speakerCorrect: 0, speakerAccuracy: 0,
    misses: [], falsePositives: [], wrongSpeakers: [],
  };
  for (const { name, labels, suggestions } of cases) {
    const gold = labels.items.filter((item) => item.kind === kind).map((item) => ({ ...item, end: item.start + item.text.length }));
    const predicted = offered(suggestions).filter((suggestion) => suggestion.kind === kind);
    const pairs = gold
      .flatMap((item) => predicted.map((suggestion) => ({ item, suggestion, share: overlapShare(item, suggestion) })))
      .filter((pair) => pair.share >= 0.5)
      .sort((a, b) => b.share - a.share);
    const usedGold = new Set<LabelledItem>();
    const usedPredicted = new Set<Suggestion>();
    for (const { item, suggestion } of pairs) {
      if (usedGold.has(item) || usedPredicted.has(suggestion)) continue;
      usedGold.add(item);
      usedPredicted.add(suggestion);
      pairsOut.push({ name, item, suggestion });
      score.matched++;
      if (sameSpeaker(item.speaker, suggestion.speaker)) score.speakerCorrect++;
      else score.wrongSpeakers.push({ article: name, text: suggestion.text, speaker: suggestion.speaker, expected: item.speaker });
    }
    score.labelled += gold.length;
    score.suggested += predicted.length;
    score.misses.push(...gold.filter((item) => !usedGold.has(item)).map((item) => ({ article: name, text: item.text, speaker: item.speaker })));
    score.falsePositives.push(
      ...predicted.filter((suggestion) => !usedPredicted.has(suggestion)).map((suggestion) => ({ article: name, text: suggestion.text, speaker: suggestion.speaker })),
    );
  }
  score.precision = ratio(score.matched, score.suggested);
  score.recall = ratio(score.matched, score.labelled);
  score.speakerAccuracy = ratio(score.speakerCorrect, score.matched);
  return score;
}

function scoreDates(pairs: Pair[]): DateScore {
  const score: DateScore = { statedLabelled: 0, statedCorrect: 0, statedAccuracy: 0, dueLabelled: 0, dueFound: 0, dueSpurious: 0, wrongDates: [] };
  const listed = (pair: Pair) => ({ article: pair.name, text: pair.suggestion.text, speaker: pair.suggestion.speaker });
  for (const pair of pairs) {
    const { item, suggestion } = pair;
    if (item.statedAt !== undefined) {
      score.statedLabelled++;
      const approximate = item.approximate ?? false;
      if (suggestion.statedAt === item.statedAt && suggestion.statedAtApproximate === approximate) score.statedCorrect++;
      else {
        const shown = (date: string | null, rough: boolean) => (date && rough ? `about ${date}` : date);
        score.wrongDates.push({ ...listed(pair), expected: `stated ${shown(item.statedAt, approximate)}`, got: shown(suggestion.statedAt, suggestion.statedAtApproximate) });
      }
    }
    if (item.dueDate === undefined) continue;
    if (item.dueDate !== null) score.dueLabelled++;
    if (item.dueDate !== null && suggestion.dueDate === item.dueDate) score.dueFound++;
    else if (item.dueDate !== null || suggestion.dueDate !== null) {
      if (item.dueDate === null) score.dueSpurious++;
      score.wrongDates.push({ ...listed(pair), expected: `due ${item.dueDate ?? "none"}`, got: suggestion.dueDate });
    }
  }
  score.statedAccuracy = ratio(score.statedCorrect, score.statedLabelled);
  return score;
}

export function evaluate(cases: EvaluationCase[]): Evaluation {
  const pairs: Pair[] = [];
  const quote = scoreKind(cases, "quote", pairs);
  const reported = scoreKind(cases, "reported", pairs);
  return { quote, reported, dates: scoreDates(pairs) };
}

/** Reads every labelled article, checks its labels against the article text and runs suggestClaims on it. */
export function loadEvaluationCases(fixturesDir: string, articlesDir: string): EvaluationCase[] {
  return readdirSync(fixturesDir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => {
      const labels = labelledArticleSchema.parse(JSON.parse(readFileSync(path.join(fixturesDir, file), "utf8")));
      const body = readFileSync(path.join(articlesDir, labels.article), "utf8");
      for (const item of labels.items) {
        if (body.slice(item.start, item.start + item.text.length) !== item.text) {
          throw new Error(`${file}: label at ${item.start} does not match the article text: ${item.text.slice(0, 60)}`);
        }
      }
      const publishedAt = labels.publishedAt ? new Date(`${labels.publishedAt}T00:00:00Z`) : null;
      return { name: labels.article, body, labels, suggestions: suggestClaims(body, { publishedAt }) };
    });
}

function percent(value: number): string {
  return value.toFixed(2);
}

function kindLine(label: string, score: KindScore): string {
  return (
    `${label}: precision ${percent(score.precision)} (${score.matched}/${score.suggested}), ` +
    `recall ${percent(score.recall)} (${score.matched}/${score.labelled}), speaker accuracy ${percent(score.speakerAccuracy)} (${score.speakerCorrect}/${score.matched})`
  );
}

function datesLine(dates: DateScore): string | null {
  if (dates.statedLabelled === 0 && dates.dueLabelled === 0) return null;
  return (
    `Dates: stated date accuracy ${percent(dates.statedAccuracy)} (${dates.statedCorrect}/${dates.statedLabelled}), ` +
    `due dates found ${dates.dueFound}/${dates.dueLabelled}, spurious ${dates.dueSpurious}`
  );
}

/** One line per article: its direct quotes, reported statements and dates. */
export function formatPerArticle(cases: EvaluationCase[]): string {
  return cases
    .map((one) => {
      const { quote, reported, dates } = evaluate([one]);
      const brief = (score: KindScore) => `P ${percent(score.precision)} R ${percent(score.recall)} S ${percent(score.speakerAccuracy)}`;
      const dated = dates.statedLabelled > 0 ? `, dates ${dates.statedCorrect}/${dates.statedLabelled}, due ${dates.dueFound}/${dates.dueLabelled}` : "";
      return `  ${one.name}: quotes ${brief(quote)}; reported ${brief(reported)}${dated}`;
    })
    .join("\n");
}

export function formatEvaluation(evaluation: Evaluation): string {
  const lines: string[] = [];
  const list = (label: string, items: Listed[], extra: (item: Listed) => string = () => "") => {
    if (items.length === 0) return;
    lines.push(`  ${label}:`);
    for (const item of items) lines.push(`    [${item.article}] ${JSON.stringify(item.text)} — ${item.speaker ?? "no speaker"}${extra(item)}`);
  };
  for (const kind of KINDS) {
    const score = evaluation[kind];
    lines.push(kindLine(kind === "quote" ? "Direct quotes" : "Reported statements", score));
    list("misses", score.misses);
    list("false positives", score.falsePositives);
    list("wrong speakers", score.wrongSpeakers, (item) => ` (expected ${(item as KindScore["wrongSpeakers"][number]).expected ?? "no speaker"})`);
  }
  const dates = datesLine(evaluation.dates);
  if (dates) {
    lines.push(dates);
    list("wrong dates", evaluation.dates.wrongDates, (item) => ` (expected ${(item as Dated).expected}, got ${(item as Dated).got ?? "none"})`);
  }
  return lines.join("\n");
}
