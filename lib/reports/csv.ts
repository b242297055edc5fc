import { stringify } from "csv-stringify/sync";

export type Cell = string | number | Date | null | undefined;

// OWASP CSV injection: a cell a spreadsheet would read as a formula gets a leading apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The cell as it was before `neutralise`, so that a report read back (the import) says what the ledger says. */
export function unneutralise(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

// Cells are cast by csv-stringify itself (no copy of each row): text is neutralised, numbers are
// written as they are (a negative number is not a formula), dates in ISO 8601, null and undefined empty.
const STRINGIFY_OPTIONS = {
  cast: { string: neutralise, number: (value: number) => String(value), date: (value: Date) => value.toISOString() },
  // Any CR or LF is quoted too, not only the CRLF record delimiter, so no cell can break a record.
  record_delimiter: "\r\n",
  quoted_match: /[\r\n]/,
};

/** RFC 4180 lines (CRLF, quotes doubled, fields with commas, quotes or newlines quoted) for these rows. */
export function csvLines(rows: Cell[][]): string {
  return stringify(rows, STRINGIFY_OPTIONS);
}

/** A calendar date (stored as UTC midnight) as YYYY-MM-DD. */
export function isoDate(value: Date | null | undefined): string {
  return value ? value.toISOString().slice(0, 10) : "";
}

const PG_TIMESTAMP = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,3})?$/;

/**
 * A `timestamp` (without time zone, UTC as Prisma stores it) in PostgreSQL's ISO text
 * ("2026-11-25 09:30:00.12") as Date#toISOString writes it ("2026-11-25T09:30:00.120Z"):
 * string work only, so the process's time zone plays no part.
 */
export function isoTimestamp(text: string | null | undefined): string {
  if (text === null || text === undefined) return "";
  if (!PG_TIMESTAMP.test(text)) return new Date(`${text.replace(" ", "T")}Z`).toISOString();
  const ms = text.length === 19 ? "000" : text.slice(20).padEnd(3, "0");
  return `${text.slice(0, 10)}T${text.slice(11, 19)}.${ms}Z`;
}

export const UTF8_BOM = "\uFEFF";
