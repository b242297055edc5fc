import { stringify } from "csv-stringify/sync";

export type Cell = string | number | Date | null | undefined;

// OWASP CSV injection: a cell a spreadsheet would read as a formula gets a leading apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function cellText(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "number") return String(value);
  return neutralise(value);
}

/** RFC 4180 lines (CRLF, quotes doubled, fields with commas, quotes or newlines quoted) for these rows. */
export function csvLines(rows: Cell[][]): string {
  return stringify(
    rows.map((row) => row.map(cellText)),
    // Any CR or LF is quoted too, not only the CRLF record delimiter, so no cell can break a record.
    { record_delimiter: "\r\n", quoted_match: /[\r\n]/ },
  );
}

/** A calendar date (stored as UTC midnight) as YYYY-MM-DD. */
export function isoDate(value: Date | null | undefined): string {
  return value ? value.toISOString().slice(0, 10) : "";
}

export const UTF8_BOM = "\uFEFF";
