"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * A box that scrolls on its own, opened with the claim's quote (`[data-current-quote]`) in view.
 * It moves only its own scroll position: scrollIntoView would scroll the page as well. It is
 * `relative` so that the absolutely placed screen-reader-only text inside stays in the box rather
 * than lengthening the page.
 */
export function ScrolledToQuote({ label, className, children }: { label: string; className: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = box.current;
    const quote = container?.querySelector<HTMLElement>("[data-current-quote]");
    if (!container || !quote) return;
    const offset = quote.getBoundingClientRect().top - container.getBoundingClientRect().top + container.scrollTop;
    // Near the box's top: the box may start low on the screen.
    container.scrollTop = Math.max(0, offset - 24);
  }, []);
  return (
    // Focusable so that keyboard users can scroll it too.
    <div ref={box} role="region" aria-label={label} tabIndex={0} className={`relative ${className}`}>
      {children}
    </div>
  );
}
