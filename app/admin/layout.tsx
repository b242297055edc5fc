import Link from "next/link";
import type { ReactNode } from "react";
import { userForPage } from "@/lib/accounts/page-guard.ts";

// The layout and each page ask the guard: a layout does not stop its page from rendering.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await userForPage("ADMIN", "/admin/users");
  return (
    <div className="space-y-8">
      <nav aria-label="Admin" className="text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <Link href="/admin/users" className="underline underline-offset-2">Users</Link>
          </li>
          <li>
            <Link href="/admin/methodology" className="underline underline-offset-2">Methodology</Link>
          </li>
        </ul>
      </nav>
      {children}
    </div>
  );
}
