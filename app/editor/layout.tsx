import type { ReactNode } from "react";
import { userForPage } from "@/lib/accounts/page-guard.ts";

export default async function EditorLayout({ children }: { children: ReactNode }) {
  const user = await userForPage("EDITOR", "/editor");
  if (!user) return <p role="alert">You need the editor role to see this page.</p>;
  return children;
}
