import { z } from "zod";
import { Prisma, type PrismaClient } from "@/generated/prisma/client.ts";
import type { ClaimKind, ClaimStatus } from "@/generated/prisma/enums.ts";
import { dueState, type DueState } from "@/lib/due-dates.ts";
import { dateToIso } from "@/lib/fields.ts";
import { parseId } from "@/lib/params.ts";
import { OPEN_STATUSES } from "@/lib/status.ts";
import { commonWordFrequencies } from "@/lib/workbench/similar-claims.ts";
import { escapeRegExp } from "@/lib/regexp.ts";

/*
 * Issue 17 item 4: which open claims a new article may report an outcome for ("This article may
 * bear on: #7 … — overdue"), at most five, ranked.
 *
 * The article's salient terms are its claimants (a claimant's name, an alias or a person's surname
 * found in the text) and its distinctive words: frequent in the article (the title counts twice),
 * held by few claims (PostgreSQL's statistics for common words, the full-text index for the rest),
 * never a function word.
 * Candidates come from the full-text index, two ways, each bounded: claims holding two of the eight
 * most distinctive words held by at most 2% of claims (a pair of selective words, so that one topic
 * word does not bring back half the ledger),
 * and the recent claims of the claimants the article names holding any of the words, through the
 * claimant index. Only open claims stated no later than the article count, never the article's own.
 *
 * Each is scored by the share of the article's term weight its words hold, plus the claimant named
 * in the article; among those relevant enough, promises and predictions rank first, and first of
 * them those due by the article's date (or within a month after it) or overdue now.
 */

export const MAX_CANDIDATES = 5;
/** The words a candidate is looked for by; pairs of the first PAIR_TERMS find candidates. */
const TERMS = 16;
const PAIR_TERMS = 8;
/** Words held by more than this share of claims (or this many, in a small ledger) find no candidates by pairs. */
const PAIR_MAX_SHARE = 0.02;
const PAIR_MIN_DF = 50;
const MIN_WORD_LENGTH = 4;
/** The article's most used words whose frequency in the ledger is looked up. */
const LOOKED_UP_WORDS = 40;
/** A word not among PostgreSQL's common ones is counted up to this many claims at most, and at least this many. */
const DF_CAP = 5_000;
const MIN_COUNTED = 100;
const CLAIMANT_RECENT = 2_000;
const MAX_ROWS = 300;
/** A claim is offered only when its words hold this share of the article's term weight, or its claimant is named and it shares two words. */
const MIN_TEXT = 0.12;
const MIN_WORDS_NAMED = 2;
const DUE_WINDOW_MS = 30 * 86_400_000;

const BOOST = { named: 0.25, promise: 0.3, due: 0.2 } as const;

// Words of the reporter's language that say nothing about what the article is about.
const FUNCTION_WORDS = new Set(
  (
    "about above after again against also although among another because been before being below between both could does doing down during each " +
    "either even ever every from further have having here hers herself himself into itself just least less more most much must " +
    "neither never none nor once only other ours ourselves over said says same shall should since some such than that their theirs them " +
    "themselves then there these they this those though through under until upon very were what when where whether which while whom whose will " +
    "with within without would your yours yourself yourselves told tell tells according added adding also year years today yesterday tomorrow " +
    "monday tuesday wednesday thursday friday saturday sunday week weeks month months january february march april june july august september " +
    "october november december news reported report reports statement stated stating first last next many made make makes well still back " +
    "time times including include includes however percent people part"
  ).split(/\s+/),
);

export type ArticleText = { title: string; body: string; publishedAt: Date | null; sourceId: number | null };
type Claimant = { id: number; name: string; aliases: string[]; kind?: string };

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** The claimants the text names: by their name, an alias or (a person) their surname, as a whole word. */
export function namedClaimants(text: string, claimants: readonly Claimant[]): number[] {
  const folded = fold(text);
  const has = (words: string) => words.length >= MIN_WORD_LENGTH && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(fold(words))}(?![\\p{L}\\p{N}])`, "u").test(folded);
  return claimants
    .filter((claimant) => {
      const surname = claimant.kind !== "ORGANISATION" && claimant.name.includes(" ") ? claimant.name.split(/\s+/).at(-1)! : "";
      return [claimant.name, ...claimant.aliases].some(has) || (surname.length >= 5 && has(surname));
    })
    .map((claimant) => claimant.id);
}

/** The article's words by how often it uses them (the title counts twice), function words left out; the most used first. */
export function articleWords(article: Pick<ArticleText, "title" | "body">, max = LOOKED_UP_WORDS): { word: string; count: number }[] {
  const counts = new Map<string, number>();
  const count = (text: string, by: number) => {
    for (const word of fold(text).match(/[\p{L}\p{N}]+/gu) ?? []) {
      if (word.length < MIN_WORD_LENGTH || FUNCTION_WORDS.has(word) || /^\d+$/.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + by);
    }
  };
  count(article.title, 2);
  count(article.body, 1);
  return [...counts]
    .map(([word, n]) => ({ word, count: n }))
    .sort((a, b) => b.count - a.count || b.word.length - a.word.length || a.word.localeCompare(b.word))
    .slice(0, max);
}

/**
 * How many claims hold each word, and how many claims there are (PostgreSQL's estimate, at least
 * the largest count). A word among the common ones of PostgreSQL's statistics on the search vector
 * is estimated from its share of claims; any other is rarer than all of those, so it is counted
 * through the full-text index, at most as many as the least common of them would hold (a count
 * that reads few rows). The article's own claims are left out of both (they cannot be what it
 * reports on: a word only they hold finds nothing).
 */
async function documentFrequencies(prisma: PrismaClient, words: string[], sourceId: number | null): Promise<{ df: Map<string, number>; claims: number }> {
  const [frequencies, [size], own] = await Promise.all([
    commonWordFrequencies(prisma),
    prisma.$queryRaw<{ claims: number }[]>`SELECT GREATEST(reltuples, 0)::float8 AS claims FROM pg_class WHERE oid = '"Claim"'::regclass`,
    sourceId === null
      ? []
      : prisma.$queryRaw<{ word: string; n: number }[]>`
          SELECT w AS word, count(*)::int AS n FROM "Claim" AS c, unnest(tsvector_to_array(c."searchVector")) AS w
           WHERE c."sourceId" = ${sourceId} AND w = ANY(${words}::text[]) GROUP BY w`,
  ]);
  const ownCount = new Map(own.map((row) => [row.word, row.n]));
  const estimated = size?.claims ?? 0;
  const cap = Math.max(MIN_COUNTED, Math.min(DF_CAP, Math.ceil(Math.min(1, ...frequencies.values()) * estimated)));
  const rare = words.filter((word) => !frequencies.has(word));
  const rows = rare.length === 0 ? [] : await prisma.$queryRaw<{ word: string; df: number }[]>`
    SELECT w.word,
           (SELECT count(*)::int FROM (SELECT 1 FROM "Claim" AS c
                                        WHERE c."searchVector" @@ to_tsquery('simple'::regconfig, quote_literal(w.word))
                                          AND c."sourceId" IS DISTINCT FROM ${sourceId}::int
                                        LIMIT ${cap}) AS hit) AS df
      FROM unnest(${rare}::text[]) AS w(word)`;
  const df = new Map([
    ...words
      .filter((word) => frequencies.has(word))
      .map((word) => [word, Math.max(0, Math.round(frequencies.get(word)! * estimated) - (ownCount.get(word) ?? 0))] as const),
    ...rows.map((row) => [row.word, row.df] as const),
  ]);
  return { df, claims: Math.max(estimated, ...df.values(), 1) };
}

/**
 * The article's salient words with their weight: used often in the article (square root of the
 * count), held by few claims (1 + inverse document frequency: in a ledger about one conflict, its
 * words are in every claim and still say what an article is about); a word no claim holds finds nothing.
 */
export function salientTerms(words: { word: string; count: number }[], df: Map<string, number>, claims: number): { word: string; weight: number }[] {
  return words
    .filter(({ word }) => (df.get(word) ?? 0) > 0)
    .map(({ word, count }) => ({ word, weight: Math.sqrt(count) * (1 + Math.log((claims + 1) / (df.get(word)! + 0.5))) }))
    .filter((term) => term.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.word.localeCompare(b.word))
    .slice(0, TERMS);
}

export interface OutcomeCandidate {
  id: number;
  headline: string | null;
  quote: string;
  kind: ClaimKind;
  status: ClaimStatus;
  statedAt: Date;
  dueAt: Date | null;
  claimantName: string;
  /** Due or overdue (now), for the label. */
  due: DueState;
  /** The article's words found in the claim, most distinctive first. */
  matched: string[];
  named: boolean;
  score: number;
}

type Row = Omit<OutcomeCandidate, "due" | "matched" | "named" | "score"> & { claimantId: number; lexemes: string[] };

const lexeme = (word: string) => Prisma.sql`quote_literal(${word})`;
const tsQuery = (parts: Prisma.Sql[], joiner: " & " | " | ") => Prisma.sql`to_tsquery('simple'::regconfig, ${Prisma.join(parts, ` || '${joiner}' || `)})`;

/** The SQL of the candidates' rows, before scoring. */
export function candidateRowsSql(
  terms: string[],
  named: number[],
  article: Pick<ArticleText, "publishedAt" | "sourceId">,
  statuses: readonly ClaimStatus[] = OPEN_STATUSES,
  pairTerms: string[] = terms.slice(0, PAIR_TERMS),
): Prisma.Sql {
  const pairs: Prisma.Sql[] = [];
  for (let i = 0; i < pairTerms.length; i++) {
    for (let j = i + 1; j < pairTerms.length; j++) pairs.push(Prisma.sql`'(' || ${lexeme(pairTerms[i]!)} || ' & ' || ${lexeme(pairTerms[j]!)} || ')'`);
  }
  const anyTerm = tsQuery(terms.map(lexeme), " | ");
  const filters = [
    Prisma.sql`c."status" = ANY(${[...statuses]}::"ClaimStatus"[])`,
    article.publishedAt ? Prisma.sql`c."statedAt" <= ${article.publishedAt}` : Prisma.sql`true`,
    article.sourceId === null ? Prisma.sql`true` : Prisma.sql`c."sourceId" IS DISTINCT FROM ${article.sourceId}`,
  ];
  const where = Prisma.join(filters, " AND ");
  const branches: Prisma.Sql[] = [];
  if (pairs.length > 0) {
    branches.push(Prisma.sql`(SELECT c."id" FROM "Claim" AS c WHERE c."searchVector" @@ ${tsQuery(pairs, " | ")} AND ${where} LIMIT ${MAX_ROWS})`);
  }
  if (named.length > 0) {
    // The LIMIT keeps the words out of the inner query, so PostgreSQL reads the claimant index.
    branches.push(Prisma.sql`(SELECT c."id" FROM (SELECT * FROM "Claim" AS c WHERE c."claimantId" = ANY(${named}::int[]) AND ${where}
                                                   ORDER BY c."statedAt" DESC LIMIT ${CLAIMANT_RECENT}) AS c
                               WHERE c."searchVector" @@ ${anyTerm} LIMIT ${MAX_ROWS})`);
  }
  // An article with one distinctive word and no claimant named finds nothing (and must not fail).
  if (branches.length === 0) branches.push(Prisma.sql`(SELECT NULL::integer AS "id" WHERE false)`);
  return Prisma.sql`
    SELECT c."id", c."headline", c."quote", c."kind"::text AS "kind", c."status"::text AS "status", c."statedAt", c."dueAt",
           c."claimantId", cl."name" AS "claimantName",
           ARRAY(SELECT w FROM unnest(tsvector_to_array(c."searchVector")) AS w WHERE w = ANY(${terms}::text[])) AS "lexemes"
      FROM (${Prisma.join(branches, " UNION ")}) AS found
      JOIN "Claim" AS c ON c."id" = found."id"
      JOIN "Claimant" AS cl ON cl."id" = c."claimantId"`;
}

/** Due by the article's date (or within a month of it), or overdue now. */
function dueAround(claim: { dueAt: Date | null; status: ClaimStatus }, article: Pick<ArticleText, "publishedAt">, now: Date): boolean {
  if (!claim.dueAt) return false;
  if (dueState(claim, now).state === "overdue") return true;
  return article.publishedAt !== null && claim.dueAt.getTime() <= article.publishedAt.getTime() + DUE_WINDOW_MS;
}

/** The open claims a text may report an outcome for, best first (at most `limit`). */
export async function candidatesForText(
  prisma: PrismaClient,
  article: ArticleText,
  {
    limit = MAX_CANDIDATES,
    now = new Date(),
    statuses = OPEN_STATUSES,
  }: {
    limit?: number;
    now?: Date;
    /** Open claims; the evaluation looks among claims that were open when the article came (lib/workbench/match-evaluation.ts). */
    statuses?: readonly ClaimStatus[];
  } = {},
): Promise<OutcomeCandidate[]> {
  const words = articleWords(article);
  const [claimants, { df, claims }] = await Promise.all([
    prisma.claimant.findMany({ select: { id: true, name: true, aliases: true, kind: true } }),
    documentFrequencies(prisma, words.map(({ word }) => word), article.sourceId),
  ]);
  const named = namedClaimants(`${article.title}\n${article.body}`, claimants);
  // A named claimant's name is in each of their claims' search vector: it counts once, as the claimant.
  const nameWords = new Set(claimants.filter((claimant) => named.includes(claimant.id)).flatMap((claimant) => fold([claimant.name, ...claimant.aliases].join(" ")).split(/[^\p{L}\p{N}]+/u)));
  const terms = salientTerms(words.filter(({ word }) => !nameWords.has(word)), df, claims);
  if (terms.length === 0) return [];
  const weightOf = new Map(terms.map((term) => [term.word, term.weight]));
  const total = terms.reduce((sum, term) => sum + term.weight, 0);
  // Pairs of words each held by many claims would find a few hundred of them at random.
  const selective = Math.max(PAIR_MAX_SHARE * claims, PAIR_MIN_DF);
  const pairTerms = terms.filter(({ word }) => df.get(word)! <= selective).slice(0, PAIR_TERMS).map(({ word }) => word);
  const rows = await prisma.$queryRaw<Row[]>(candidateRowsSql(terms.map((term) => term.word), named, article, statuses, pairTerms));

  return rows
    .map(({ claimantId, lexemes, ...row }) => {
      const matched = lexemes.sort((a, b) => weightOf.get(b)! - weightOf.get(a)!);
      const textScore = matched.reduce((sum, word) => sum + weightOf.get(word)!, 0) / total;
      const isNamed = named.includes(claimantId);
      const promise = row.kind === "PROMISE" || row.kind === "PREDICTION";
      const due = dueAround(row, article, now);
      const relevant = textScore >= MIN_TEXT || (isNamed && matched.length >= MIN_WORDS_NAMED);
      const score = textScore + (isNamed ? BOOST.named : 0) + (promise ? BOOST.promise : 0) + (promise && due ? BOOST.due : 0);
      return { relevant, candidate: { ...row, due: dueState(row, now), matched, named: isNamed, score } };
    })
    .filter(({ relevant }) => relevant)
    .map(({ candidate }) => candidate)
    .sort((a, b) => b.score - a.score || b.statedAt.getTime() - a.statedAt.getTime() || b.id - a.id)
    .slice(0, limit);
}

/** The candidates for a source of the ledger; null for an unknown source. */
export async function outcomeCandidates(prisma: PrismaClient, sourceId: number, options: { limit?: number; now?: Date } = {}): Promise<OutcomeCandidate[] | null> {
  const source = await prisma.source.findUnique({ where: { id: sourceId }, select: { title: true, body: true, publishedAt: true } });
  if (!source) return null;
  return candidatesForText(prisma, { ...source, sourceId }, options);
}

/** The new-outcome form for a candidate: the claim it is for, the article as its source and the article's date. */
export function newOutcomeHref(source: { id: number; publishedAt: Date | null }, claimId: number): string {
  const params = new URLSearchParams({ claim: String(claimId), source: String(source.id) });
  if (source.publishedAt) params.set("occurredAt", dateToIso(source.publishedAt));
  return `/editor/outcomes/new?${params}`;
}

const prefillSchema = z.object({
  source: z.string().transform(parseId).pipe(z.number()).optional().catch(undefined),
  occurredAt: z.iso.date().optional().catch(undefined),
});

/** The outcome form's initial values from newOutcomeHref's parameters: a known source, and a date. */
export function outcomeFormPrefill(params: Record<string, string | string[] | undefined>, sources: readonly { id: number }[]): Record<string, string> {
  const prefill = prefillSchema.parse(params);
  const source = sources.some((known) => known.id === prefill.source) ? prefill.source : undefined;
  return { ...(source ? { sourceId: String(source) } : {}), ...(prefill.occurredAt ? { occurredAt: prefill.occurredAt } : {}) };
}
