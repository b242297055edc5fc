"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useRef, useSyncExternalStore, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";

export type Tab = { id: string; label: string; panel: ReactNode };

const noSubscription = () => () => {};

/**
 * WAI-ARIA tabs whose choice lives in the URL (`?tab=…`): each tab is a link, so without
 * JavaScript it opens the page on that tab, and a Server Action's refresh keeps the editor on it.
 * With JavaScript a click or an arrow key switches at once. Every panel stays rendered (the hidden
 * ones too), so a form keeps its typed input and its errors while the editor looks at another tab.
 */
export function Tabs({ label, tabs, param = "tab" }: { label: string; tabs: Tab[]; param?: string }) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const requested = searchParams.get(param);
  const selected = (tabs.find((tab) => tab.id === requested) ?? tabs[0])?.id;
  // Roving focus (one tab in the Tab order, arrows for the rest) only once the arrows work.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const links = useRef(new Map<string, HTMLAnchorElement>());

  const hrefOf = (id: string) => {
    const params = new URLSearchParams(searchParams);
    params.set(param, id);
    return `${pathname}?${params}`;
  };
  const select = (id: string) => window.history.replaceState(null, "", hrefOf(id));

  function onClick(event: MouseEvent<HTMLAnchorElement>, id: string) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    select(id);
  }

  // From the tab that has the focus, not from `selected`: the URL's change re-renders a moment
  // later, and a second key pressed before that moved from the old tab again.
  function onKeyDown(event: KeyboardEvent<HTMLAnchorElement>, from: string) {
    const at = tabs.findIndex((tab) => tab.id === from);
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    // at() counts a negative index from the end: left of the first tab is the last.
    const next = tabs.at(target % tabs.length)!.id;
    select(next);
    links.current.get(next)?.focus();
  }

  return (
    <div>
      <div role="tablist" aria-label={label} className="flex flex-wrap gap-1 border-b border-stone-300">
        {tabs.map((tab) => {
          const current = tab.id === selected;
          return (
            <a
              key={tab.id}
              ref={(element) => {
                if (element) links.current.set(tab.id, element);
                else links.current.delete(tab.id);
              }}
              role="tab"
              id={`tab-${tab.id}`}
              href={hrefOf(tab.id)}
              aria-selected={current}
              aria-controls={`panel-${tab.id}`}
              tabIndex={hydrated && !current ? -1 : 0}
              onClick={(event) => onClick(event, tab.id)}
              onKeyDown={(event) => onKeyDown(event, tab.id)}
              className={`-mb-px rounded-t-md border px-2.5 py-1.5 text-sm font-medium ${
                current ? "border-stone-300 border-b-stone-50 bg-stone-50 font-semibold text-stone-950" : "border-transparent text-stone-700 hover:bg-stone-100 hover:text-stone-950"
              }`}
            >
              {tab.label}
            </a>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`panel-${tab.id}`}
          aria-labelledby={`tab-${tab.id}`}
          hidden={tab.id !== selected}
          tabIndex={0}
          className="pt-3"
        >
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
