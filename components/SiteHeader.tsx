import Link from "next/link";
import { SignOutButton } from "@/components/SignOutButton.tsx";
import { getCurrentUser } from "@/lib/accounts/auth.ts";
import { hasRole } from "@/lib/accounts/roles.ts";
import { ROLE_LABELS } from "@/lib/accounts/users.ts";

export async function SiteHeader() {
  const user = await getCurrentUser();
  const navigation = [
    { href: "/", label: "Claims" },
    { href: "/claimants", label: "Claimants" },
    { href: "/sources", label: "Sources" },
    ...(user ? [{ href: "/editor", label: "Editor" }] : []),
    ...(user && hasRole(user, "ADMIN") ? [{ href: "/admin/users", label: "Admin" }] : []),
  ];
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="font-serif text-xl font-bold tracking-tight text-stone-900 no-underline">
          Claim Ledger
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-4 text-sm font-medium">
            {navigation.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-stone-700 hover:text-stone-950 hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-3 text-sm">
          {user ? (
            <>
              <span className="text-stone-700" data-testid="signed-in-user">
                <span className="font-semibold text-stone-900">{user.name}</span> · {ROLE_LABELS[user.role]}
              </span>
              <SignOutButton />
            </>
          ) : (
            <Link href="/signin" className="font-medium text-stone-700 hover:underline">
              Sign in
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
