import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import type { Prisma, PrismaClient } from "@/generated/prisma/client.ts";
import { DomainError } from "@/lib/errors.ts";
import { unneutralise } from "@/lib/reports/csv.ts";
import { fileSizeIssue, MAX_IMPORT_FILE_BYTES } from "@/lib/upload-limits.ts";
import { dateToIso, idSchema, optionalId, optionalText, optionalWebUrl } from "@/lib/fields.ts";
import { assertEditor, type Actor } from "@/lib/workbench/actor.ts";
import { newClaimSchema, type NewClaimInput } from "@/lib/workbench/claim-schemas.ts";
import { createClaimIn } from "@/lib/workbench/claims.ts";
import { findClaimantByName } from "@/lib/workbench/new-claimant.ts";
import type { Transaction } from "@/lib/workbench/events.ts";

export const MAX_IMPORT_ROWS = 5_000;

/** Columns read from the file (the claims report's names); other columns, e.g. status, are ignored. */
export const REQUIRED_COLUMNS = ["quote", "summary", "claimant", "stated_at", "kind"] as const;
export const OPTIONAL_COLUMNS = [
  "id",
  "permalink",
  "external_id",
  "claimant_title",
  "headline",
  "source_title",
  "source_url",
  "quote_occurrence",
  "tags",
  "due_at",
  "due_note",
] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
type Cells = Record<Column, string>;

/** The column that holds each claim field, so that the claim's rules are reported on the column. */
const COLUMN_OF_FIELD: Record<string, Column> = {
  id: "id",
  permalink: "permalink",
  source_url: "source_url",
  source_title: "source_title",
  quote: "quote",
  summary: "summary",
  headline: "headline",
  claimant: "claimant",
  "claimant.name": "claimant",
  "claimant.title": "claimant_title",
  claimantId: "claimant",
  claimantName: "claimant",
  statedAt: "stated_at",
  kind: "kind",
  tags: "tags",
  dueAt: "due_at",
  dueNote: "due_note",
  quoteOccurrence: "quote_occurrence",
  sourceId: "source_url",
  externalId: "external_id",
};

export interface PlannedRow {
  /** Line in the file (the header is line 1). */
  line: number;
  /** What the row says, for the preview. */
  row: { quote: string; claimant: string };
  errors: Record<string, string[]>;
  /** Already in the ledger (same id, external id, or claimant, date and quote): not imported again. */
  existing?: boolean;
  /** The claim in the ledger this row is. */
  claimId?: number;
  /** Fields in which the row differs from that claim (the ledger is not changed by an import). */
  differences?: string[];
}

export interface ImportPlan {
  rows: PlannedRow[];
  valid: boolean;
  toCreate: number;
  alreadyImported: number;
  /** Rows that are claims already in the ledger but say something else in some field. */
  differing: number;
}

type FileRows = { line: number; cells: Cells }[];

/** Reads and checks the file; a file that cannot be read at all is refused with one clear message. */
export function readImportFile(bytes: Uint8Array): FileRows {
  if (bytes.byteLength === 0) throw new DomainError("The file is empty.");
  const tooLarge = fileSizeIssue(bytes.byteLength, MAX_IMPORT_FILE_BYTES);
  if (tooLarge) throw new DomainError(`${tooLarge} Split it into smaller files.`);
  let content: string;
  try {
    content = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DomainError("The file is not UTF-8 text: save it as “CSV UTF-8” and try again.");
  }
  let records: string[][];
  try {
    records = parse(content, { bom: true, skip_empty_lines: true, relax_column_count: false });
  } catch (error) {
    const { lines } = error as { lines?: number };
    throw new DomainError(`The file is not valid CSV${lines ? ` (line ${lines})` : ""}: every row needs as many cells as the header, and quotes must be closed.`);
  }
  const [header, ...data] = records;
  const columns = (header ?? []).map((name) => name.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((name) => !columns.includes(name));
  if (missing.length > 0) throw new DomainError(`The header row lacks the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}.`);
  if (data.length === 0) throw new DomainError("The file has a header but no rows.");
  if (data.length > MAX_IMPORT_ROWS) throw new DomainError(`The file has ${data.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.`);
  return data.map((cells, index) => ({
    line: index + 2,
    cells: Object.fromEntries([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].map((name) => [name, unneutralise(cells[columns.indexOf(name)] ?? "")])) as Cells,
  }));
}

/** Issues of any zod schema, on the columns they are about. */
function columnErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const column = COLUMN_OF_FIELD[issue.path.join(".")] ?? COLUMN_OF_FIELD[String(issue.path[0])] ?? "row";
    (errors[column] ??= []).push(issue.message);
  }
  return errors;
}

function domainErrors(error: DomainError): Record<string, string[]> {
  const entries = Object.entries(error.fieldErrors);
  if (entries.length === 0) return { row: [error.message] };
  const errors: Record<string, string[]> = {};
  for (const [field, messages] of entries) (errors[COLUMN_OF_FIELD[field] ?? "row"] ??= []).push(...messages);
  return errors;
}

const rowRefSchema = z.object({
  id: optionalId("claim"),
  permalink: optionalText("the permalink", 2000),
  source_url: optionalWebUrl,
  source_title: optionalText("the source's title", 500),
});

/** A claim id from the `id` column, or from a permalink ending in /claims/{id} (the claims report carries both). */
function claimIdOf(ref: z.output<typeof rowRefSchema>): number | null {
  if (typeof ref.id === "number") return ref.id;
  const fromLink = ref.permalink && /\/claims\/(\d+)\/?(?:[?#].*)?$/.exec(ref.permalink)?.[1];
  const parsed = fromLink ? idSchema("claim").safeParse(fromLink) : null;
  return parsed?.success ? parsed.data : null;
}

/** The row's key when it has no external id: claimant, date and quote, so importing a file again changes nothing. */
function contentKey(claimant: string, statedAt: string, quote: string): string {
  const hash = createHash("sha256").update(JSON.stringify([claimant.toLowerCase(), statedAt, quote])).digest("hex");
  return `content:${hash.slice(0, 32)}`;
}

const claimForComparison = {
  id: true,
  quote: true,
  summary: true,
  headline: true,
  statedAt: true,
  kind: true,
  tags: true,
  dueAt: true,
  dueNote: true,
  claimantId: true,
  source: { select: { id: true } },
} satisfies Prisma.ClaimSelect;
type ComparedClaim = Prisma.ClaimGetPayload<{ select: typeof claimForComparison }>;

/** The claim already in the ledger that the row is: by id or permalink, by external id, or by claimant, date and quote. */
async function findExisting(tx: Transaction, claimId: number | null, externalId: string, claim: z.output<typeof newClaimSchema>, claimantName: string) {
  if (claimId !== null) return tx.claim.findUnique({ where: { id: claimId }, select: claimForComparison });
  const byKey = await tx.claim.findUnique({ where: { externalId }, select: claimForComparison });
  if (byKey) return byKey;
  const claimantId = await findClaimantByName(tx, claimantName);
  if (claimantId === null) return null;
  return tx.claim.findFirst({ where: { quote: claim.quote, statedAt: claim.statedAt, claimantId }, orderBy: { id: "asc" }, select: claimForComparison });
}

function differences(row: z.output<typeof newClaimSchema>, rowClaimantId: number | null, claim: ComparedClaim): string[] {
  const day = (date: Date | null) => (date ? dateToIso(date) : null);
  const changed: [string, boolean][] = [
    ["quote", row.quote !== claim.quote],
    ["summary", row.summary !== claim.summary],
    ["headline", (row.headline ?? null) !== claim.headline],
    ["claimant", rowClaimantId !== claim.claimantId],
    ["stated_at", day(row.statedAt) !== day(claim.statedAt)],
    ["kind", row.kind !== claim.kind],
    ["tags", [...row.tags].sort().join() !== [...claim.tags].sort().join()],
    ["due_at", day(row.dueAt) !== day(claim.dueAt)],
    ["due_note", (row.dueNote ?? null) !== claim.dueNote],
    ["source", (row.sourceId ?? null) !== (claim.source?.id ?? null)],
  ];
  return changed.filter(([, differs]) => differs).map(([column]) => column);
}

/** The source a row names by address or title: it must be in the ledger, with its text, so the quote can be checked in it. */
async function findSource(tx: Transaction, url: string | null, title: string | null): Promise<number | null | { error: Record<string, string[]> }> {
  if (url) {
    const source = await tx.source.findUnique({ where: { url }, select: { id: true } });
    return source?.id ?? { error: { source_url: ["No source in the ledger has this address: add the article under Sources first, so that the quote can be checked against its text."] } };
  }
  if (title) {
    const source = await tx.source.findFirst({ where: { title }, orderBy: { id: "asc" }, select: { id: true } });
    return source?.id ?? { error: { source_title: ["No source in the ledger has this title: add the article under Sources first, so that the quote can be checked against its text."] } };
  }
  return null;
}

/**
 * One row through the same path as the claim form: parsed by the claim's own schema, matched
 * against the ledger, and — when new — created by createClaimIn, whose refusals become the row's
 * errors.
 */
async function importRow(tx: Transaction, actor: Actor, { line, cells }: FileRows[number], seen: Map<string, number>): Promise<PlannedRow> {
  const planned: PlannedRow = { line, row: { quote: cells.quote.trim(), claimant: cells.claimant.trim() }, errors: {} };
  const ref = rowRefSchema.safeParse(cells);
  if (!ref.success) return { ...planned, errors: columnErrors(ref.error) };
  const source = await findSource(tx, ref.data.source_url, ref.data.source_title);
  const input: NewClaimInput = {
    quote: cells.quote,
    summary: cells.summary,
    headline: cells.headline,
    claimant: { name: cells.claimant, title: cells.claimant_title },
    sourceId: typeof source === "number" ? source : null,
    quoteOccurrence: cells.quote_occurrence,
    statedAt: cells.stated_at,
    kind: cells.kind.trim().toUpperCase() as NewClaimInput["kind"],
    tags: cells.tags,
    dueAt: cells.due_at,
    dueNote: cells.due_note,
    externalId: cells.external_id,
  };
  const parsed = newClaimSchema.safeParse(input);
  const errors = { ...(parsed.success ? {} : columnErrors(parsed.error)), ...(typeof source === "object" && source !== null ? source.error : {}) };
  if (!parsed.success || Object.keys(errors).length > 0) return { ...planned, errors };

  const claim = parsed.data;
  const claimantName = "name" in claim.claimant ? claim.claimant.name : "";
  const externalId = claim.externalId ?? contentKey(claimantName, dateToIso(claim.statedAt), claim.quote);
  const duplicateOf = seen.get(externalId);
  if (duplicateOf) return { ...planned, errors: { row: [`The same claim as line ${duplicateOf}.`] } };
  seen.set(externalId, line);

  const claimId = claimIdOf(ref.data);
  const existing = await findExisting(tx, claimId, externalId, claim, claimantName);
  if (existing) {
    const rowClaimantId = await findClaimantByName(tx, claimantName);
    return { ...planned, existing: true, claimId: existing.id, differences: differences(claim, rowClaimantId, existing) };
  }
  if (claimId !== null) {
    return { ...planned, errors: { id: [`There is no claim #${claimId} in this ledger: empty the id and permalink cells to import the row as a new claim.`] } };
  }
  try {
    await createClaimIn(tx, actor, { ...claim, externalId }, { rationale: "Imported from a CSV file." });
    return planned;
  } catch (error) {
    if (error instanceof DomainError) return { ...planned, errors: domainErrors(error) };
    if (error instanceof z.ZodError) return { ...planned, errors: columnErrors(error) };
    throw error;
  }
}

/** Ends the import's transaction without writing: a dry run, or a file with errors. */
class RolledBack extends Error {
  constructor(readonly plan: ImportPlan) {
    super("rolled back");
  }
}

/**
 * Runs the import in one transaction — every new row as a draft with its CREATED event, through the
 * same claim-creation path as the form — and commits it only when `commit` is set and every row is
 * good. The dry run is the same run rolled back, so it refuses exactly what the import would.
 */
async function runImport(prisma: PrismaClient, actor: Actor, bytes: Uint8Array, commit: boolean): Promise<ImportPlan> {
  assertEditor(actor);
  const fileRows = readImportFile(bytes);
  try {
    return await prisma.$transaction(
      async (tx) => {
        const seen = new Map<string, number>();
        const rows: PlannedRow[] = [];
        for (const fileRow of fileRows) rows.push(await importRow(tx, actor, fileRow, seen));
        const valid = rows.every((row) => Object.keys(row.errors).length === 0);
        const alreadyImported = rows.filter((row) => row.existing).length;
        const plan: ImportPlan = {
          rows,
          valid,
          alreadyImported,
          toCreate: rows.length - alreadyImported,
          differing: rows.filter((row) => row.differences && row.differences.length > 0).length,
        };
        if (!commit || !valid) throw new RolledBack(plan);
        return plan;
      },
      { timeout: 300_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof RolledBack) return error.plan;
    throw error;
  }
}

/** The dry run: what an import of this file would do, without writing anything. */
export function planImport(prisma: PrismaClient, actor: Actor, bytes: Uint8Array): Promise<ImportPlan> {
  return runImport(prisma, actor, bytes, false);
}

/** An import refused because of its rows; the plan says which rows and why, as the dry run did. */
export class ImportRefusedError extends DomainError {
  constructor(readonly plan: ImportPlan) {
    super("Some rows have errors; nothing was imported. Check the file again to see them.");
  }
}

/**
 * Imports the file in one transaction, or nothing when any row is refused. Rows already in the
 * ledger are skipped, so importing a file — or the app's own export — again changes nothing.
 */
export async function applyImport(prisma: PrismaClient, actor: Actor, bytes: Uint8Array): Promise<{ created: number; skipped: number }> {
  const plan = await runImport(prisma, actor, bytes, true);
  if (!plan.valid) throw new ImportRefusedError(plan);
  return { created: plan.toCreate, skipped: plan.alreadyImported };
}
