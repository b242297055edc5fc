import pg from "pg";
import { applyMigrations } from "@/lib/platform/migrations/runner.ts";

/**
 * Fills a separate, freshly migrated database with synthetic claims for the reader benchmark.
 * The rows are written by PostgreSQL itself (INSERT … SELECT over generate_series), with the
 * application's triggers active for claims, so the search vectors are built exactly as in
 * production. Text is drawn from a fixed vocabulary with a skewed distribution, so that some
 * words are common and others rare, as in real text.
 */

export interface BenchSizes {
  claims: number;
  claimants: number;
  sources: number;
  outcomes: number;
}

export const FULL_SIZES: BenchSizes = { claims: 1_000_000, claimants: 5_000, sources: 50_000, outcomes: 100_000 };

const FIRST_NAMES = [
  "Antony", "Joe", "Donald", "Ilham", "Nikol", "Emmanuel", "Ararat", "Jeyhun", "Michael", "Olaf", "Ursula", "Recep",
  "Vladimir", "Kaja", "Łukasz", "Zoë", "José", "Müller", "Ayşe", "Ələsgər", "Hikmət", "Şahin", "Gülnarə", "Ömer",
  "François", "Søren", "Ángel", "Björn", "Małgorzata", "Tigran", "Anna", "Samvel", "Mehriban", "Charles", "Giorgia",
];
const LAST_NAMES = [
  "Blinken", "Biden", "Trump", "Aliyev", "Əliyev", "Pashinyan", "Macron", "Mirzoyan", "Bayramov", "Carpenter", "Scholz",
  "von der Leyen", "Erdoğan", "Putin", "Kallas", "Kowalski", "Øvergaard", "Hüseynov", "Məmmədov", "Grigoryan", "Sargsyan",
  "Kočárek", "Dupont", "Łódzki", "García", "Núñez", "Ibrahimović", "Petrosyan", "Quliyev", "Meloni", "Rutte", "Sánchez",
];
const TITLES = ["President", "Prime Minister", "Foreign Minister", "Ambassador", "Spokesperson", "Senator", "Envoy", "Chancellor"];
const COUNTRIES = ["Armenia", "Azerbaijan", "United States", "France", "Germany", "Türkiye", "Russia", "Poland", "Georgia", "Iran"];
const PUBLISHERS = ["Reuters", "AP", "AFP", "commonspace.eu", "ILKHA", "Daily8", "UrduPoint", "Le Monde", "Der Spiegel", "Azatutyun"];
const TAGS = [
  "peace-treaty", "us-mediation", "deadline", "border", "economy", "energy", "sanctions", "elections", "constitution",
  "corridor", "refugees", "human-rights", "trade", "security", "eu-mediation", "osce", "timeline", "humanitarian",
];
// Common words first: the generator picks low indexes far more often (index = n·random()²).
const VOCABULARY = (
  "the of and to a in that is for on with as was by said will we at be this from an have it are not has " +
  "peace agreement talks president minister government border treaty sides two countries both foreign leaders " +
  "progress meeting statement week year new official security region support process negotiations state " +
  "united states european union armenia azerbaijan washington baku yerevan brussels moscow ankara tbilisi " +
  "ceasefire corridor delimitation demarcation constitution referendum sanctions economy energy pipeline gas oil " +
  "election parliament opposition court ruling reform budget inflation investment trade tariff export import " +
  "humanitarian refugees displaced prisoners release exchange monitoring mission observers troops withdrawal " +
  "summit declaration signing ceremony white house deadline end soon within reach sight tangible durable " +
  "commitment pledge promise expect predict hope believe confirm deny reject accept welcome condemn urge call " +
  "infrastructure railway road bridge airport port construction contract tender funding loan grant aid " +
  "ministry spokesperson envoy ambassador delegation committee commission council assembly senate congress " +
  "historic breakthrough setback stalemate impasse dispute conflict tension escalation normalisation relations " +
  "regional stability cooperation partnership dialogue diplomacy mediation facilitation framework roadmap " +
  "january february march april may june july august september october november december monday tuesday " +
  "wednesday thursday friday weekly monthly annual first second third final initial preliminary comprehensive " +
  "karabakh zangezur nakhchivan syunik lachin shusha stepanakert gyumri ganja sumgait lankaran sheki " +
  "kilometres villages enclaves checkpoints crossings customs transit route access guarantee sovereignty " +
  "territorial integrity claims recognition mutual obligations provisions articles clauses text draft version"
).split(" ");

export async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

// Session-only helper: n words of the vocabulary, skewed towards its first (common) words.
const WORDS_FUNCTION = `
  CREATE FUNCTION pg_temp.words(vocabulary text[], n integer) RETURNS text LANGUAGE sql VOLATILE AS $$
    SELECT string_agg(vocabulary[1 + floor(cardinality(vocabulary) * random() ^ 2)::integer], ' ')
      FROM generate_series(1, n)
  $$`;

function stepper(client: pg.Client, log: (line: string) => void) {
  return async (label: string, sql: string, params: unknown[] = []) => {
    const started = performance.now();
    const result = await client.query(sql, params);
    log(`${label}: ${result.rowCount ?? 0} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
}

/** Migrates the (empty) database at `url` and fills it; `log` receives progress lines. */
export async function generateBenchData(url: string, sizes: BenchSizes, log: (line: string) => void = () => {}) {
  await applyMigrations({ connectionString: url });
  await withClient(url, async (client) => {
    const step = stepper(client, log);
    await client.query("SELECT setseed(0.42)");
    await client.query(WORDS_FUNCTION);
    const pick = (array: string) => `(${array})[1 + floor(random() * cardinality(${array}))::integer]`;

    await step(
      "users",
      `INSERT INTO "User" ("email", "name", "role", "updatedAt") VALUES ('bench-editor@claimledger.test', 'Bench Editor', 'EDITOR', now())`,
    );
    // Every last name is used (from 32 claimants up), so the searched names exist at any scale.
    await step(
      "claimants",
      `INSERT INTO "Claimant" ("slug", "name", "title", "country", "kind", "updatedAt")
       SELECT 'claimant-' || i, ($1::text[])[1 + (i / cardinality($2::text[])) % cardinality($1::text[])] || ' ' ||
                                 ($2::text[])[1 + i % cardinality($2::text[])],
              ${pick("$3::text[]")}, ${pick("$4::text[]")},
              (CASE WHEN i % 20 = 0 THEN 'ORGANISATION' ELSE 'PERSON' END)::"ClaimantKind", now()
         FROM generate_series(1, $5::integer) AS i`,
      [FIRST_NAMES, LAST_NAMES, TITLES, COUNTRIES, sizes.claimants],
    );
    await step(
      "sources",
      `INSERT INTO "Source" ("url", "title", "publisher", "publishedAt", "body", "createdById", "updatedAt")
       SELECT 'https://news' || (i % 97) || '.example/articles/' || i, initcap(pg_temp.words($1, 6 + (random() * 8)::integer)),
              ${pick("$2::text[]")}, DATE '2015-01-01' + (random() * 3800)::integer,
              pg_temp.words($1, 350 + (random() * 300)::integer), 1, now()
         FROM generate_series(1, $3::integer) AS i`,
      [VOCABULARY, PUBLISHERS, sizes.sources],
    );
    await step(
      "outcomes",
      `INSERT INTO "Outcome" ("title", "description", "occurredAt", "sourceId", "createdById", "updatedAt")
       SELECT initcap(pg_temp.words($1, 5 + (random() * 6)::integer)), pg_temp.words($1, 20 + (random() * 30)::integer),
              DATE '2016-01-01' + (random() * 3700)::integer, 1 + (random() * ($2::integer - 1))::integer, 1, now()
         FROM generate_series(1, $3::integer) AS i`,
      [VOCABULARY, sizes.sources, sizes.outcomes],
    );

    // Claims in batches, so progress is visible; quotes are real substrings of their source body.
    const batch = 100_000;
    for (let from = 1; from <= sizes.claims; from += batch) {
      const to = Math.min(sizes.claims, from + batch - 1);
      await step(
        `claims ${from}–${to}`,
        `WITH picked AS (
           SELECT i, 1 + (random() * ($2::integer - 1))::integer AS source_id, 1 + (random() * ($3::integer - 1))::integer AS claimant_id
             FROM generate_series($4::integer, $5::integer) AS i
         ), anchored AS (
           SELECT p.*, s."body", 1 + (random() * (length(s."body") - 260))::integer AS start, 60 + (random() * 180)::integer AS len
             FROM picked p JOIN "Source" s ON s."id" = p.source_id
         )
         INSERT INTO "Claim" ("quote", "summary", "headline", "claimantId", "sourceId", "anchorExact", "anchorStart", "anchorEnd",
                              "statedAt", "kind", "status", "visibility", "publishedAt", "tags", "outcomeCount",
                              "createdById", "createdAt", "updatedAt")
         SELECT substr(a."body", a.start, a.len), pg_temp.words($1, 15 + (random() * 30)::integer), pg_temp.words($1, 6 + (random() * 8)::integer),
                a.claimant_id, a.source_id,
                substr(a."body", a.start, a.len), a.start - 1, a.start - 1 + a.len,
                DATE '2015-01-01' + (random() * 3900)::integer,
                (ARRAY['PREDICTION','PROMISE','ASSERTION'])[1 + (random() * 2)::integer]::"ClaimKind",
                (ARRAY['PENDING','PENDING','IN_PROGRESS','IN_PROGRESS','STALLED','PARTIALLY_FULFILLED','FULFILLED','NOT_FULFILLED','UNVERIFIABLE'])[1 + (random() * 8)::integer]::"ClaimStatus",
                (CASE WHEN random() < 0.9 THEN 'PUBLISHED' ELSE 'DRAFT' END)::"Visibility", now(),
                ARRAY(SELECT DISTINCT ${pick("$6::text[]")} FROM generate_series(0, (random() * 2)::integer + a.i * 0)),
                (random() * 3)::integer, 1,
                timestamp '2015-01-01' + random() * interval '3900 days', timestamp '2015-01-01' + random() * interval '3900 days'
           FROM anchored a`,
        [VOCABULARY, sizes.sources, sizes.claimants, from, to, TAGS],
      );
    }

  });
  await generateFollowUps(url, log);
  await generateHistory(url, sizes, log);
}

/**
 * Due dates and near-duplicates (issue 9), also added to a database generated before they existed:
 * a third of the promises and predictions are due 1–24 months after they were stated, and 0.1 % of
 * the claims are repeated by the same claimant a few days later with a slightly different quote.
 */
export async function generateFollowUps(url: string, log: (line: string) => void = () => {}) {
  await withClient(url, async (client) => {
    const step = stepper(client, log);
    await client.query("SELECT setseed(0.24)");
    await step(
      "due dates",
      `UPDATE "Claim" SET "dueAt" = "statedAt" + (30 + ("id"::bigint * 7919 % 700)::integer), "dueNote" = 'generated'
        WHERE "kind" IN ('PROMISE', 'PREDICTION') AND "id" % 3 = 0`,
    );
    await step(
      "near-duplicates",
      `INSERT INTO "Claim" ("externalId", "quote", "summary", "headline", "claimantId", "sourceId", "statedAt", "kind", "status", "visibility",
                            "publishedAt", "tags", "createdById", "createdAt", "updatedAt")
       SELECT 'bench-duplicate-' || c."id", upper(left(c."quote", 1)) || substr(c."quote", 2, length(c."quote") - 6) || '.',
              c."summary", c."headline", c."claimantId", c."sourceId", c."statedAt" + (1 + c."id" % 5), c."kind", c."status", c."visibility",
              c."publishedAt", c."tags", 1, c."createdAt", c."updatedAt"
         FROM "Claim" c WHERE c."id" % 1000 = 7`,
    );
    await step("analyze claims", `ANALYZE "Claim"`);
  });
}

/** A database generated before the latest migrations: migrate it and add what later issues need. */
export async function upgradeBenchData(url: string, log: (line: string) => void = () => {}) {
  const started = performance.now();
  const { applied } = await applyMigrations({ connectionString: url });
  if (applied.length > 0) {
    // A migration that rewrites a million rows (a backfill) leaves as many dead ones and no statistics
    // for new columns: measured before autovacuum gets to them, the searches ran at half speed.
    await withClient(url, (client) => client.query("VACUUM (ANALYZE)"));
    log(`migrations ${applied.join(", ")} applied (and the database vacuumed) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const needed = await withClient(url, async (client) => (await client.query(`SELECT NOT EXISTS (SELECT 1 FROM "Claim" WHERE "dueAt" IS NOT NULL) AS needed`)).rows[0].needed as boolean);
  if (needed) await generateFollowUps(url, log);
}

/** Outcome links and events of the generated claims (the second half of generateBenchData). */
export async function generateHistory(url: string, sizes: BenchSizes, log: (line: string) => void = () => {}) {
  await withClient(url, async (client) => {
    const step = stepper(client, log);
    await client.query(WORDS_FUNCTION);
    // Links follow the outcomeCount chosen above; the per-row count trigger would rewrite every claim once per link.
    await client.query(`ALTER TABLE "ClaimOutcome" DISABLE TRIGGER "ClaimOutcome_count_row"`);
    await step(
      "claim–outcome links",
      `INSERT INTO "ClaimOutcome" ("claimId", "outcomeId", "relation")
       SELECT c."id", o.outcome_id, (ARRAY['SUPPORTS','CONTRADICTS','PARTIAL','CONTEXT'])[1 + (random() * 3)::integer]::"OutcomeRelation"
         FROM "Claim" c
        CROSS JOIN LATERAL (
          SELECT DISTINCT 1 + ((c."id"::bigint * 7919 + k * 104729) % $1::integer)::integer AS outcome_id FROM generate_series(1, c."outcomeCount") AS k
        ) o`,
      [sizes.outcomes],
    );
    await client.query(`ALTER TABLE "ClaimOutcome" ENABLE TRIGGER "ClaimOutcome_count_row"`);
    await step(
      "events",
      `INSERT INTO "ClaimEvent" ("claimId", "type", "actorId", "at", "fromStatus", "toStatus", "rationale")
       SELECT c."id", e.type::"ClaimEventType", 1, c."createdAt" + e.offset_ * interval '1 day', e.from_, e.to_, e.rationale
         FROM "Claim" c
        CROSS JOIN LATERAL (VALUES
          ('CREATED', 0, NULL::"ClaimStatus", NULL::"ClaimStatus", NULL::text),
          ('PUBLISHED', 1, NULL, NULL, NULL),
          ('STATUS_CHANGED', 30, 'PENDING'::"ClaimStatus", c."status", pg_temp.words($1, 12 + (c."id" % 20)))
        ) AS e(type, offset_, from_, to_, rationale)
        WHERE (e.type <> 'PUBLISHED' OR c."visibility" = 'PUBLISHED') AND (e.type <> 'STATUS_CHANGED' OR c."status" <> 'PENDING')`,
      [VOCABULARY],
    );
    await step("analyze", "VACUUM ANALYZE");
  });
}
