import { convert } from "html-to-text";
import { DomainError } from "@/lib/errors.ts";
import { fileSizeIssue, MAX_SOURCE_FILE_BYTES } from "@/lib/upload-limits.ts";
import type { UploadedOriginal } from "@/lib/workbench/source-provenance.ts";

const TEXT_EXTENSIONS = [".txt", ".md", ".markdown"];
const HTML_EXTENSIONS = [".html", ".htm"];

/** Line endings and stray whitespace normalised, so anchors don't depend on the editor's OS. */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Readable plain text of an HTML article: paragraphs kept, scripts, styles, images and link targets dropped. */
export function textFromHtml(html: string): { text: string; title: string | null } {
  const title = convert(html, { baseElements: { selectors: ["title"] }, wordwrap: false }).trim() || null;
  const text = convert(html, {
    wordwrap: false,
    baseElements: { selectors: ["article", "main", "body"], returnDomByDefault: true },
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "nav", format: "skip" },
      { selector: "header", format: "skip" },
      { selector: "footer", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "h1", options: { uppercase: false } },
      { selector: "h2", options: { uppercase: false } },
      { selector: "h3", options: { uppercase: false } },
      { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
    ],
  });
  return { text: normaliseText(text), title };
}

/** The article text of an uploaded .txt, .md or .html file, and the file itself to keep beside it. */
export async function textFromUpload(file: File): Promise<{ text: string; title: string | null; original: UploadedOriginal }> {
  const name = file.name.toLowerCase();
  const tooLarge = fileSizeIssue(file.size, MAX_SOURCE_FILE_BYTES);
  if (tooLarge) throw new DomainError(tooLarge, { file: [tooLarge] });
  const isHtml = HTML_EXTENSIONS.some((ext) => name.endsWith(ext));
  if (!isHtml && !TEXT_EXTENSIONS.some((ext) => name.endsWith(ext))) {
    throw new DomainError("That kind of file cannot be read.", { file: ["Upload a .txt, .md or .html file."] });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let content: string;
  try {
    content = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new DomainError("That file is not UTF-8 text.", { file: ["Save the file as UTF-8 and upload it again."] });
  }
  const original: UploadedOriginal = {
    fileName: file.name.slice(0, 255),
    contentType: isHtml ? "text/html" : name.endsWith(".txt") ? "text/plain" : "text/markdown",
    bytes,
  };
  return { ...(isHtml ? textFromHtml(content) : { text: normaliseText(content), title: null }), original };
}
