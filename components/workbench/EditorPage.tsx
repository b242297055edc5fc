import Link from "next/link";
import type { ReactNode } from "react";

const links = [
  { href: "/editor", label: "Workbench" },
  { href: "/editor/claims", label: "Claims" },
  { href: "/editor/outcomes", label: "Outcomes" },
  { href: "/editor/sources", label: "Sources" },
  { href: "/editor/claimants", label: "Claimants" },
  { href: "/editor/duplicates", label: "Duplicates" },
  { href: "/editor/import", label: "Import" },
];

/** The frame of a workbench page: where you are, the page's title and its main action. */
export function EditorPage({ title, action, children }: { title: ReactNode; action?: ReactNode; children: ReactNode }) {
  return (
    <>
      <nav aria-label="Workbench" className="mb-4 text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="text-stone-700 underline-offset-2 hover:underline">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold tracking-tight">{title}</h1>
        {action}
      </div>
      <div className="mt-4">{children}</div>
    </>
  );
}

export const linkButtonClasses =
  "inline-flex rounded-md bg-stone-900 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-stone-700 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2";
