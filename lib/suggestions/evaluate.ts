/**
 * Scores suggestions against a hand-labelled set (tests/fixtures/suggestions/*.json).
 *
 * Matching rule: a suggestion matches a labelled item of the same kind when their spans overlap by at
 * least half of the longer span; each item matches at most one suggestion (largest overlaps first).
 * Precision = matched / suggested, recall = matched / labelled, speaker accuracy = matched pairs
 * whose speakers are equal (accent- and case-insensitive; both null counts as equal) / matched.
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
      z.object({ kind: z.enum(["quote", "reported"]), start: z.int().nonnegative(), text: z.string().min(1), speaker: z.string().nullable() }),
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
export type Evaluation = Record<SuggestionKind, KindScore>;

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

function scoreKind(cases: EvaluationCase[], kind: SuggestionKind): KindScore {
  const score: KindScore = {
    labelled: 0, suggested: 0, matched: 0, precision: 0, recall: 0, speakerCorrect: 0, speakerAccuracy: 0,
    misses: [], falsePositives: [], wrongSpeakers: [],
  };
  for (const { name, labels, suggestions } of cases) {
    const gold = labels.items.filter((item) => item.kind === kind).map((item) => ({ ...item, end: item.start + item.text.length }));
    const predicted = suggestions.filter((suggestion) => suggestion.kind === kind);
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

export function evaluate(cases: EvaluationCase[]): Evaluation {
  return { quote: scoreKind(cases, "quote"), reported: scoreKind(cases, "reported") };
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

export function formatEvaluation(evaluation: Evaluation): string {
  const lines: string[] = [];
  for (const kind of KINDS) {
    const score = evaluation[kind];
    lines.push(
      `${kind === "quote" ? "Direct quotes" : "Reported statements"}: precision ${percent(score.precision)} (${score.matched}/${score.suggested}), ` +
        `recall ${percent(score.recall)} (${score.matched}/${score.labelled}), speaker accuracy ${percent(score.speakerAccuracy)} (${score.speakerCorrect}/${score.matched})`,
    );
    const list = (label: string, items: Listed[], extra: (item: Listed) => string = () => "") => {
      if (items.length === 0) return;
      lines.push(`  ${label}:`);
      for (const item of items) lines.push(`    [${item.article}] ${JSON.stringify(item.text)} — ${item.speaker ?? "no speaker"}${extra(item)}`);
    };
    list("misses", score.misses);
    list("false positives", score.falsePositives);
    list("wrong speakers", score.wrongSpeakers, (item) => ` (expected ${(item as KindScore["wrongSpeakers"][number]).expected ?? "no speaker"})`);
  }
  return lines.join("\n");
}
