import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client.ts";
import { ClaimKind } from "@/generated/prisma/enums.ts";
import { anchorQuote } from "@/lib/anchors.ts";
import { DomainError } from "@/lib/errors.ts";
import { assertEditor, type Actor } from "@/lib/workbench/actor.ts";
import { recordEvent } from "@/lib/workbench/events.ts";
import { createClaimantInline } from "@/lib/workbench/new-claimant.ts";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5_000;

/** Columns read from the file (the claims report's names); other columns, e.g. status, are ignored. */
export const REQUIRED_COLUMNS = ["quote", "summary", "claimant", "stated_at", "kind"] as const;
export const OPTIONAL_COLUMNS = ["external_id", "claimant_title", "source_title", "source_url", "publisher", "tags", "due_at", "due_note"] as const;

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters.`);
const optional = (max: number) => text(max).transform((value) => value || null);

const rowSchema = z.object({
  external_id: optional(200),
  quote: text(2000).min(1, "The quote is empty."),
  summary: text(2000).min(1, "The summary is empty."),
  claimant: text(200).min(1, "Who said it? The claimant is empty."),
  claimant_title: optional(200),
  source_title: optional(500),
  source_url: optional(2000).refine((url) => url === null || /^https?:\/\/\S+$/i.test(url), "Use a full http:// or https:// address."),
  publisher: optional(200),
  stated_at: z.iso.date("Use a date like 2024-12-31."),
  kind: z.string().trim().toUpperCase().pipe(z.enum(ClaimKind, `Kind is one of ${Object.values(ClaimKind).join(", ")}.`)),
  due_at: z.union([z.literal(""), z.iso.date("Use a date like 2024-12-31, or leave it empty.")]).transform((value) => value || null),
  due_note: optional(300),
  tags: z
    .string()
    .transform((value) => [...new Set(value.split(/[;,]/).map((tag) => tag.trim().toLowerCase().replace(/\s+/g, "-")).filter(Boolean))]),
});
export type ImportRow = z.infer<typeof rowSchema>;

export interface PlannedRow {
  /** Line in the file (the header is line 1). */
  line: number;
  row?: ImportRow;
  /** The key that makes a re-import a no-op: the external id, or a hash of claimant, date and quote. */
  key?: string;
  errors: Record<string, string[]>;
  /** Already in the database (same key): skipped. */
  existing?: boolean;
}

export interface ImportPlan {
  rows: PlannedRow[];
  valid: boolean;
  toCreate: number;
  alreadyImported: number;
}

function contentKey(row: ImportRow): string {
  const hash = createHash("sha256").update(JSON.stringify([row.claimant.toLowerCase(), row.stated_at, row.quote])).digest("hex");
  return `content:${hash.slice(0, 32)}`;
}

/** Reads and checks the file; a file that cannot be read at all is refused with one clear message. */
export function parseImportFile(bytes: Uint8Array): Omit<ImportPlan, "alreadyImported" | "toCreate"> {
  if (bytes.byteLength === 0) throw new DomainError("The file is empty.");
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new DomainError(`The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split it into smaller files.`);
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

  const seen = new Map<string, number>();
  const rows = data.map((cells, index): PlannedRow => {
    const line = index + 2;
    const values = Object.fromEntries([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].map((name) => [name, cells[columns.indexOf(name)] ?? ""]));
    const parsed = rowSchema.safeParse(values);
    if (!parsed.success) return { line, errors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
    const key = parsed.data.external_id ?? contentKey(parsed.data);
    const duplicateOf = seen.get(key);
    if (duplicateOf) return { line, row: parsed.data, key, errors: { external_id: [`The same claim as line ${duplicateOf}.`] } };
    seen.set(key, line);
    return { line, row: parsed.data, key, errors: {} };
  });
  return { rows, valid: rows.every((row) => Object.keys(row.errors).length === 0) };
}

/** The dry run: what an import of this file would do, without writing anything. */
export async function planImport(prisma: PrismaClient, bytes: Uint8Array): Promise<ImportPlan> {
  const { rows, valid } = parseImportFile(bytes);
  const keys = rows.flatMap((row) => (row.key ? [row.key] : []));
  const existing = new Set((await prisma.claim.findMany({ where: { externalId: { in: keys } }, select: { externalId: true } })).map((c) => c.externalId));
  for (const row of rows) row.existing = row.key !== undefined && existing.has(row.key);
  const alreadyImported = rows.filter((row) => row.existing).length;
  return { rows, valid, alreadyImported, toCreate: rows.length - alreadyImported };
}

/**
 * Imports the file in one transaction: every new claim as a draft with its CREATED event, claimants
 * and sources found by name / URL or created. Any invalid row, and nothing is written. Rows already
 * imported (same external id or content) are skipped, so importing a file twice changes nothing.
 */
export async function applyImport(prisma: PrismaClient, actor: Actor, bytes: Uint8Array): Promise<{ created: number; skipped: number }> {
  assertEditor(actor);
  const { rows, valid } = parseImportFile(bytes);
  if (!valid) throw new DomainError("Some rows have errors; nothing was imported. Fix them and upload the file again.");
  return prisma.$transaction(
    async (tx) => {
      let created = 0;
      for (const { row, key } of rows) {
        if (!row || !key || (await tx.claim.findUnique({ where: { externalId: key }, select: { id: true } }))) continue;
        const claimantId =
          (await tx.claimant.findFirst({ where: { name: { equals: row.claimant, mode: "insensitive" } }, select: { id: true } }))?.id ??
          (await createClaimantInline(tx, row.claimant, row.claimant_title));
        const source = row.source_url
          ? ((await tx.source.findUnique({ where: { url: row.source_url } })) ??
            (await tx.source.create({ data: { url: row.source_url, title: row.source_title ?? row.source_url, publisher: row.publisher, body: "", createdById: actor.id } })))
          : row.source_title
            ? ((await tx.source.findFirst({ where: { title: row.source_title } })) ??
              (await tx.source.create({ data: { title: row.source_title, publisher: row.publisher, body: "", createdById: actor.id } })))
            : null;
        const anchor = source?.body.includes(row.quote) ? anchorQuote(source.body, row.quote, 0) : null;
        const claim = await tx.claim.create({
          data: {
            externalId: key,
            quote: row.quote,
            summary: row.summary,
            claimantId,
            sourceId: source?.id ?? null,
            statedAt: new Date(`${row.stated_at}T00:00:00Z`),
            kind: row.kind,
            tags: row.tags,
            dueAt: row.due_at && new Date(`${row.due_at}T00:00:00Z`),
            dueNote: row.due_note,
            createdById: actor.id,
            ...(anchor && { anchorExact: anchor.exact, anchorPrefix: anchor.prefix, anchorSuffix: anchor.suffix, anchorStart: anchor.start, anchorEnd: anchor.end }),
          },
        });
        await recordEvent(tx, claim.id, actor, { type: "CREATED", rationale: "Imported from a CSV file." });
        created++;
      }
      return { created, skipped: rows.length - created };
    },
    { timeout: 120_000 },
  );
}
