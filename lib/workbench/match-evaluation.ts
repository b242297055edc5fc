import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/generated/prisma/client.ts";
import { ClaimStatus } from "@/generated/prisma/enums.ts";
import { appearanceOffers } from "@/lib/workbench/appearances.ts";
import { candidatesForText, MAX_CANDIDATES } from "@/lib/workbench/outcome-candidates.ts";
import { loadSuggestions } from "@/lib/workbench/suggestions.ts";

/*
 * How well a newly imported article is matched against the ledger (issue 17 items 4–5), measured
 * on a database holding the demo data (prisma/seed-data.ts) with the shared articles it was
 * excerpted from (its sources name their file).
 *
 * Outcomes: for each seeded outcome with a source, the candidates for that article's full text
 * (the first five) against the claims the outcome is linked to. Claims quoted from that same
 * article are left out of both: when the article is imported they are not in the ledger yet. The
 * seed is the ledger's end state, where the linked claims mostly have their verdicts; when the
 * article came they were open, so the candidates are looked for among claims of every status.
 *
 * Appearances: each article imported again, whole, as a new source: every seeded claim quoted from
 * it whose words are in the full text is a statement the new source repeats, to be offered as
 * another appearance of that claim; any other offer is wrong.
 */

export interface OutcomeCase {
  outcome: string;
  article: string;
  /** Linked claims from other articles. */
  expected: number[];
  candidates: number[];
  hits: number;
}

export interface AppearanceCase {
  article: string;
  expected: number[];
  offered: number[];
  wrong: number[];
}

export interface MatchEvaluation {
  outcomes: OutcomeCase[];
  /** Outcomes whose every linked claim is quoted from the article itself (nothing to find). */
  skipped: string[];
  recallAt5: number;
  precisionAt5: number;
  appearances: AppearanceCase[];
  appearanceRecall: number;
  appearancePrecision: number;
}

const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);
const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

/** The full text of a demo source's article, when the shared articles are there; else its excerpt. */
function fullText(articlesDir: string, article: string | undefined, excerpt: string): string {
  const file = article ? path.join(articlesDir, article) : null;
  return file && existsSync(file) ? readFileSync(file, "utf8") : excerpt;
}

export async function evaluateMatching(
  prisma: PrismaClient,
  { articlesDir, articleOf, now = new Date() }: { articlesDir: string; articleOf: (title: string) => string | undefined; now?: Date },
): Promise<MatchEvaluation> {
  const outcomes = await prisma.outcome.findMany({
    where: { sourceId: { not: null } },
    orderBy: { id: "asc" },
    select: {
      title: true,
      occurredAt: true,
      source: { select: { id: true, title: true, body: true, publishedAt: true } },
      claims: { select: { claim: { select: { id: true, sourceId: true } } } },
    },
  });
  const outcomeCases: OutcomeCase[] = [];
  const skipped: string[] = [];
  for (const outcome of outcomes) {
    const source = outcome.source!;
    const expected = outcome.claims.map(({ claim }) => claim).filter((claim) => claim.sourceId !== source.id).map((claim) => claim.id);
    if (expected.length === 0) {
      skipped.push(outcome.title);
      continue;
    }
    const body = fullText(articlesDir, articleOf(source.title), source.body);
    const candidates = (
      await candidatesForText(
        prisma,
        // An article without a date (two of the demo's) reports the outcome on the day it happened.
        { title: source.title, body, publishedAt: source.publishedAt ?? outcome.occurredAt, sourceId: source.id },
        { now, statuses: Object.values(ClaimStatus) },
      )
    ).map((candidate) => candidate.id);
    outcomeCases.push({ outcome: outcome.title, article: source.title, expected, candidates, hits: expected.filter((id) => candidates.includes(id)).length });
  }

  const sources = await prisma.source.findMany({ orderBy: { id: "asc" }, select: { id: true, title: true, body: true, publishedAt: true } });
  const appearanceCases: AppearanceCase[] = [];
  for (const source of sources) {
    const article = articleOf(source.title);
    const body = fullText(articlesDir, article, source.body);
    const claims = await prisma.claim.findMany({ where: { sourceId: source.id }, select: { id: true, quote: true } });
    const expected = claims.filter((claim) => body.includes(claim.quote)).map((claim) => claim.id);
    const copy = await prisma.source.create({ data: { title: `${source.title} (imported again)`, body, publishedAt: source.publishedAt } });
    try {
      const suggestions = (await loadSuggestions(prisma, copy.id))!;
      const offered = [...new Set((await appearanceOffers(prisma, copy.id, suggestions)).flat().map((offer) => offer.claimId))];
      appearanceCases.push({ article: source.title, expected, offered, wrong: offered.filter((id) => !expected.includes(id)) });
    } finally {
      await prisma.source.delete({ where: { id: copy.id } });
    }
  }

  const offered = appearanceCases.reduce((sum, row) => sum + row.offered.length, 0);
  const right = appearanceCases.reduce((sum, row) => sum + row.offered.length - row.wrong.length, 0);
  return {
    outcomes: outcomeCases,
    skipped,
    recallAt5: mean(outcomeCases.map((row) => row.hits / row.expected.length)),
    precisionAt5: mean(outcomeCases.map((row) => (row.candidates.length === 0 ? 0 : row.hits / Math.min(MAX_CANDIDATES, row.candidates.length)))),
    appearances: appearanceCases,
    appearanceRecall: ratio(right, appearanceCases.reduce((sum, row) => sum + row.expected.length, 0)),
    appearancePrecision: ratio(right, offered),
  };
}

const figure = (value: number) => value.toFixed(2);

export function formatMatchEvaluation(evaluation: MatchEvaluation): string {
  const lines = ["Outcome candidates (first five) for each seeded outcome's article:"];
  for (const row of evaluation.outcomes) {
    lines.push(`  ${row.outcome} [${row.article}]: linked ${row.expected.join(", ")}; candidates ${row.candidates.join(", ") || "none"}; ${row.hits}/${row.expected.length}`);
  }
  for (const title of evaluation.skipped) lines.push(`  ${title}: only claims of its own article are linked (not counted)`);
  lines.push(`  recall@5 ${figure(evaluation.recallAt5)}, precision@5 ${figure(evaluation.precisionAt5)} over ${evaluation.outcomes.length} outcomes`);
  lines.push("Appearances: each article imported again, its seeded claims offered as appearances:");
  for (const row of evaluation.appearances) {
    lines.push(`  ${row.article}: expected ${row.expected.join(", ") || "none"}; offered ${row.offered.join(", ") || "none"}${row.wrong.length ? `; wrong ${row.wrong.join(", ")}` : ""}`);
  }
  lines.push(`  recall ${figure(evaluation.appearanceRecall)}, precision ${figure(evaluation.appearancePrecision)}`);
  return lines.join("\n");
}
