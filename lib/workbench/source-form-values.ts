import type { Source } from "@/generated/prisma/client.ts";

// What the source form holds, for the form (a client component) and the server alike. No zod, no
// database here: the form's bundle carries this module.

/** The most archived copies a source lists (lib/workbench/source-provenance.ts refuses more). */
export const MAX_ARCHIVE_URLS = 10;

/** The form's text for a source's archived copies: one per line. */
export const archiveUrlsText = (urls: readonly string[]) => urls.join("\n");

type SourceFormFields = Pick<Source, "id" | "title" | "publisher" | "author" | "url" | "publishedAt" | "retrievedAt" | "archiveUrls" | "body">;

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : "");

/**
 * A saved source as the edit form's text fields; `textVersion` is the number of the text's current
 * version, sent back so that a text changed meanwhile by someone else is not saved over.
 */
export function sourceFormValues(source: SourceFormFields, textVersion?: number) {
  return {
    id: source.id,
    title: source.title,
    publisher: source.publisher ?? "",
    author: source.author ?? "",
    url: source.url ?? "",
    publishedAt: day(source.publishedAt),
    retrievedAt: day(source.retrievedAt),
    archiveUrls: archiveUrlsText(source.archiveUrls),
    body: source.body,
    textVersion: textVersion === undefined ? "" : String(textVersion),
    versionReason: "",
  };
}

export type SourceFormValues = ReturnType<typeof sourceFormValues>;
