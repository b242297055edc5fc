import type { ReactNode } from "react";
import { AdminRoleRequired } from "@/components/admin/AdminRoleRequired.tsx";
import { adminOrNull } from "@/app/admin/access.ts";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const admin = await adminOrNull();
  if (!admin) return <AdminRoleRequired />;
  return <div className="space-y-8">{children}</div>;
}
