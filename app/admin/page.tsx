import { redirect } from "next/navigation";
import { userForPage } from "@/lib/accounts/page-guard.ts";

export default async function AdminPage() {
  // Asked here too, so that an editor gets 403 at /admin itself rather than after a redirect.
  await userForPage("ADMIN", "/admin");
  redirect("/admin/users");
}
