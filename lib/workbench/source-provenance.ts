import { createHash } from "node:crypto";
import { z } from "zod";
import { safeText } from "@/lib/fields.ts";
import { MAX_ARCHIVE_URLS } from "@/lib/workbench/source-form-values.ts";

/**
 * Where a source's text came from, for readers to check it: the file it was extracted from, kept
 * byte for byte with its SHA-256, and archived copies of the article beside its own address (what
 * readers see of them: lib/public/source-provenance.ts).
 */

const archiveUrl = safeText("an archived copy's address", 2000).pipe(
  z.url({ protocol: /^https?$/, error: "Give each archived copy as a web address starting with http:// or https://." }),
);

/** Archived copies, one web address per line as typed in the form (blank lines ignored, each once). */
export const archiveUrlsSchema = z
  .string()
  .nullish()
  .transform((text) => [...new Set((text ?? "").split("\n").map((line) => line.trim()).filter(Boolean))])
  .pipe(z.array(archiveUrl).max(MAX_ARCHIVE_URLS, `Give at most ${MAX_ARCHIVE_URLS} archived copies.`));

/** An uploaded article file as read from the form (never a text field: lib/workbench/source-text.ts textFromUpload). */
export const uploadedOriginalSchema = z.object({
  fileName: z.string().min(1).max(255),
  contentType: z.enum(["text/plain", "text/markdown", "text/html"]),
  bytes: z.instanceof(Uint8Array),
});
export type UploadedOriginal = z.infer<typeof uploadedOriginalSchema>;

export const sha256Hex = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

/** The row kept for an upload (SourceOriginal), its hash computed here and nowhere else. */
export function originalRecord(upload: UploadedOriginal) {
  return { fileName: upload.fileName, contentType: upload.contentType, bytes: Buffer.from(upload.bytes), sha256: sha256Hex(upload.bytes), uploadedAt: new Date() };
}
