import type { ReactNode } from "react";
import { userForPage } from "@/lib/accounts/page-guard.ts";

// The layout and each page ask the guard: a layout does not stop its page from rendering.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await userForPage("ADMIN", "/admin/users");
  return <div className="space-y-8">{children}</div>;
}
