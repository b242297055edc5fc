import type { ReactNode } from "react";
import type { UserRow } from "@/components/admin/types.ts";
import { LocalDate } from "@/components/LocalDate.tsx";
import { DateTime } from "@/components/workbench/DateTime.tsx";

type Props = {
  users: readonly UserRow[];
  /** The per-user forms (role, disable / re-enable, password reset), rendered in the last column. */
  actions: (user: UserRow) => ReactNode;
};

// Below the `sm` breakpoint each row is shown as a card (cells stacked, each with a visible label);
// the explicit ARIA roles keep the table semantics that `display: block` would otherwise drop.
const th = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-stone-600";
const td = "px-3 py-3 align-top max-sm:flex max-sm:items-baseline max-sm:gap-2 max-sm:px-0 max-sm:py-1";

/** The column name beside a stacked cell on narrow screens; screen readers get the column header instead. */
function CellLabel({ children }: { children: string }) {
  return (
    <span aria-hidden="true" className="w-16 shrink-0 text-xs font-semibold uppercase tracking-wide text-stone-600 sm:hidden">
      {children}
    </span>
  );
}

export function UsersTable({ users, actions }: Props) {
  return (
    // From `sm` up, a table wider than the screen scrolls inside this region instead of widening the
    // page; `relative` keeps the visually hidden (absolutely positioned) labels inside it too.
    <div
      role="region"
      aria-labelledby="users-caption"
      tabIndex={0}
      className="relative rounded-lg border border-stone-200 bg-white shadow-sm sm:overflow-x-auto"
    >
      <table role="table" className="w-full border-collapse text-sm max-sm:block sm:min-w-[52rem]">
        <caption id="users-caption" className="sr-only">
          Users, oldest account first
        </caption>
        <thead role="rowgroup" className="border-b border-stone-200 bg-stone-50 max-sm:sr-only">
          <tr role="row">
            <th role="columnheader" scope="col" className={th}>Name</th>
            <th role="columnheader" scope="col" className={th}>Email</th>
            <th role="columnheader" scope="col" className={th}>Role</th>
            <th role="columnheader" scope="col" className={th}>Status</th>
            <th role="columnheader" scope="col" className={th}>Last sign-in</th>
            <th role="columnheader" scope="col" className={th}>Created</th>
            <th role="columnheader" scope="col" className={th}>Actions</th>
          </tr>
        </thead>
        <tbody role="rowgroup" className="divide-y divide-stone-200 max-sm:block">
          {users.map((user) => (
            <tr role="row" key={user.id} className={`max-sm:block max-sm:p-4 ${user.disabled ? "bg-stone-50 text-stone-600" : ""}`}>
              <th role="rowheader" scope="row" className="px-3 py-3 text-left align-top font-semibold text-stone-900 max-sm:block max-sm:px-0 max-sm:pt-0 max-sm:text-base">
                {user.name}
                {user.isCurrentUser ? <span className="font-normal text-stone-600"> (you)</span> : null}
              </th>
              <td role="cell" className={`${td} max-sm:break-all sm:whitespace-nowrap`}>
                <CellLabel>Email</CellLabel>
                {user.email}
              </td>
              <td role="cell" className={td}>
                <CellLabel>Role</CellLabel>
                {user.roleLabel}
              </td>
              <td role="cell" className={td}>
                <CellLabel>Status</CellLabel>
                <span
                  className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${
                    user.disabled ? "bg-stone-100 text-stone-800 ring-stone-300" : "bg-emerald-50 text-emerald-900 ring-emerald-300"
                  }`}
                >
                  {user.disabled ? "Disabled" : "Active"}
                </span>
                {user.mustChangePassword ? <span className="block text-xs text-stone-600 max-sm:inline">Must choose a password</span> : null}
              </td>
              <td role="cell" className={`${td} whitespace-nowrap`}>
                <CellLabel>Last sign-in</CellLabel>
                {user.lastSignInAt ? <DateTime value={user.lastSignInAt} /> : <span className="text-stone-600">Never</span>}
              </td>
              <td role="cell" className={`${td} whitespace-nowrap`}>
                <CellLabel>Created</CellLabel>
                <LocalDate value={user.createdAt} />
              </td>
              <td role="cell" className="space-y-3 px-3 py-3 align-top max-sm:block max-sm:px-0 max-sm:pt-3 sm:min-w-64">
                {actions(user)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
