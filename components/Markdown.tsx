import type { ComponentProps } from "react";
import ReactMarkdown, { type Components } from "react-markdown";

/** A heading's anchor, from its words: "Corrections policy" → "corrections-policy". */
export const headingId = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

const textOf = (children: ComponentProps<"h2">["children"]): string =>
  Array.isArray(children) ? children.map((child) => textOf(child)).join("") : typeof children === "string" || typeof children === "number" ? String(children) : "";

// The page has its own h1: a "#" heading in the text becomes a section heading like "##".
const components: Components = {
  h1: ({ children }) => <h2 id={headingId(textOf(children))} className="mt-8 font-serif text-xl font-bold">{children}</h2>,
  h2: ({ children }) => <h2 id={headingId(textOf(children))} className="mt-8 font-serif text-xl font-bold">{children}</h2>,
  h3: ({ children }) => <h3 className="mt-6 font-semibold">{children}</h3>,
  p: ({ children }) => <p className="mt-3">{children}</p>,
  ul: ({ children }) => <ul className="mt-3 list-disc space-y-1 pl-6">{children}</ul>,
  ol: ({ children }) => <ol className="mt-3 list-decimal space-y-1 pl-6">{children}</ol>,
  a: ({ href, children }) => (
    <a href={href} className="underline">
      {children}
    </a>
  ),
};

/**
 * Markdown written by an admin, for readers. Sanitised by construction: react-markdown builds
 * React elements, never HTML strings; raw HTML in the text is dropped (`skipHtml`), and link and
 * image URLs other than http(s), mailto, relative ones and fragments are emptied
 * (its defaultUrlTransform), so `<script>` or a `javascript:` link never reach the page.
 */
export function Markdown({ text }: { text: string }) {
  return (
    <div className="max-w-3xl text-stone-800">
      <ReactMarkdown skipHtml components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
