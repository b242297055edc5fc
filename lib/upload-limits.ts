// How large an upload may be, in one place for the server's checks and the forms' own (which warn
// before a file is sent). No imports: client components use it.

const MB = 1024 * 1024;

/** An article uploaded as a source (.txt, .md, .html). */
export const MAX_SOURCE_FILE_BYTES = 2 * MB;
/** A claims CSV to import. */
export const MAX_IMPORT_FILE_BYTES = 5 * MB;
/**
 * A whole form post: the largest file with the other fields. next.config.mjs gives Server Actions
 * the same limit (`bodySizeLimit: "6mb"`); the proxy refuses a larger body with 413 before Next.js
 * would fail it with a 500.
 */
export const MAX_FORM_BODY_BYTES = 6 * MB;

/** "2 MB", "5.3 MB": rounded up, so a file a byte over 2 MB reads "2.1 MB", not "2 MB". */
export function megabytes(bytes: number): string {
  return `${(Math.ceil((bytes / MB) * 10) / 10).toLocaleString("en")} MB`;
}

/** The message for a file over its limit, or null. */
export function fileSizeIssue(size: number, limit: number): string | null {
  return size > limit ? `The file is ${megabytes(size)}; the limit is ${megabytes(limit)}.` : null;
}
