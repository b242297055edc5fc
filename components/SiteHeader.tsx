import Link from "next/link";
import { AccountNav } from "@/components/AccountNav.tsx";

const NAVIGATION = [
  { href: "/", label: "Claims" },
  { href: "/claimants", label: "Claimants" },
  { href: "/sources", label: "Sources" },
];

/** The same for every visitor (cached pages carry it); who is signed in is AccountNav's part. */
export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="font-serif text-xl font-bold tracking-tight text-stone-900 no-underline">
          Claim Ledger
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-4 text-sm font-medium">
            {NAVIGATION.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-stone-700 hover:text-stone-950 hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="text-sm">
          <AccountNav />
        </div>
      </div>
    </header>
  );
}
