import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-stone-200">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-stone-600">
        <p>
          Claim Ledger tracks public statements and what happened next. Every status change is kept with its
          rationale.
        </p>
        <nav aria-label="About our work" className="mt-2">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <Link href="/methodology" className="underline">
                Methodology
              </Link>
            </li>
            <li>
              <Link href="/corrections" className="underline">
                Corrections
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
