import type { ReactNode } from "react";
import { userForPage } from "@/lib/accounts/page-guard.ts";

export default async function EditorLayout({ children }: { children: ReactNode }) {
  await userForPage("EDITOR", "/editor");
  return children;
}
