/**
 * What readers see of where a source's text came from (components/sources/SourceProvenance.tsx):
 * the file it was extracted from (lib/workbench/source-provenance.ts keeps it) and archived copies.
 */

/** What pages show of a source's original file: never its bytes (GET /sources/{id}/original sends them). */
export const ORIGINAL_SUMMARY = { fileName: true, sha256: true, uploadedAt: true } as const;

/** Where the original file of a source is sent (app/(public)/sources/[id]/original). */
export const originalFilePath = (sourceId: number) => `/sources/${sourceId}/original`;

/** The Internet Archive's Save Page Now for an article's address: opening it archives the page as it is now. */
export const saveInInternetArchiveUrl = (url: string) => `https://web.archive.org/save/${url}`;

/** A short name for an archived copy's link: "web.archive.org", "archive.ph". */
export function archiveLabel(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** `Content-Disposition` for a download named `fileName`: an ASCII fallback and the exact name (RFC 6266). */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
