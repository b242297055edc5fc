import { z } from "zod";

// Field schemas shared by the workbench forms and lib/workbench. Each accepts what a form sends
// (strings) and also its own output, so lib functions can re-parse what an action already parsed.

const blank = (value: unknown): value is null | undefined | "" =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/** Trimmed, non-blank text of at most `max` characters. */
export function requiredText(label: string, max: number) {
  return z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, `Enter ${label}.`)
    .max(max, `Keep ${label} under ${max + 1} characters.`);
}

/** Optional text: blank becomes null. */
export function optionalText(label: string, max: number) {
  return z
    .string()
    .nullish()
    .transform((value) => (blank(value) ? null : value.trim()))
    .pipe(z.string().max(max, `Keep ${label} under ${max + 1} characters.`).nullable());
}

export function idSchema(what: string) {
  return z.coerce.number<string | number>({ error: `Unknown ${what}.` }).int(`Unknown ${what}.`).positive(`Unknown ${what}.`);
}

/** An optional reference: blank (no choice) becomes null. */
export function optionalId(what: string) {
  return z
    .union([z.string(), z.number()])
    .nullish()
    .transform((value) => (blank(value) ? null : value))
    .pipe(idSchema(what).nullable());
}

export const versionSchema = z.coerce.number<string | number>({ error: "Reload the page: the form has no version." }).int().positive();

/** A calendar date: "YYYY-MM-DD" on the wire, UTC midnight as a Date (the columns are DATE). */
export function isoDate(label: string) {
  return z.union([
    z.date({ error: `Enter ${label} as a date.` }),
    z
      .string({ error: `Enter ${label}.` })
      .trim()
      .min(1, `Enter ${label}.`)
      .pipe(z.iso.date(`Enter ${label} as a valid date (YYYY-MM-DD).`))
      .transform((day) => new Date(`${day}T00:00:00Z`)),
  ]);
}

/** An optional calendar date: blank becomes null. */
export function optionalIsoDate(label: string) {
  return z
    .union([z.date(), z.string()])
    .nullish()
    .transform((value) => (blank(value) ? null : value))
    .pipe(isoDate(label).nullable());
}

/** An optional http(s) URL; blank becomes null. Other schemes (javascript:, data:, ftp:) are refused. */
export const optionalWebUrl = z
  .string()
  .nullish()
  .transform((value) => (blank(value) ? null : value.trim()))
  .pipe(
    z
      .string()
      .max(2000, "Keep the web address under 2001 characters.")
      .pipe(z.url({ protocol: /^https?$/, error: "Enter a web address starting with http:// or https://." }))
      .nullable(),
  );

export const dateToIso = (date: Date) => date.toISOString().slice(0, 10);
