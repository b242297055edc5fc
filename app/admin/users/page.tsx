import type { Metadata } from "next";
import { changeRoleAction, clearThrottleAction, createUserAction, resetPasswordAction, setUserDisabledAction } from "@/app/admin/users/actions.ts";
import { NewUserForm } from "@/components/admin/NewUserForm.tsx";
import { ResetPasswordForm } from "@/components/admin/ResetPasswordForm.tsx";
import { SignInLimits, type SignInLimitRow } from "@/components/admin/SignInLimits.tsx";
import type { UserRow } from "@/components/admin/types.ts";
import { UserRoleForm } from "@/components/admin/UserRoleForm.tsx";
import { UsersTable } from "@/components/admin/UsersTable.tsx";
import { UserStatusForm } from "@/components/admin/UserStatusForm.tsx";
import { db } from "@/lib/platform/db.ts";
import { userForPage } from "@/lib/accounts/page-guard.ts";
import { listThrottles } from "@/lib/accounts/sign-in-throttle.ts";
import { listUsers, ROLE_LABELS } from "@/lib/accounts/users.ts";

export const metadata: Metadata = { title: "Users" };

const roleOptions = Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }));

export default async function UsersPage() {
  const admin = await userForPage("ADMIN", "/admin/users");

  const users = await listUsers(db);
  const rows: UserRow[] = users.map((user) => ({
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    roleLabel: ROLE_LABELS[user.role],
    disabled: user.disabledAt !== null,
    mustChangePassword: user.mustChangePassword,
    lastSignInAt: user.lastSignInAt,
    createdAt: user.createdAt,
    isCurrentUser: user.id === admin.id,
  }));
  const now = new Date();
  const emailOf = new Map(users.map((user) => [String(user.id), user.email]));
  const limits: SignInLimitRow[] = (await listThrottles(db, now)).map((limit) => ({
    key: limit.key,
    kind: limit.kind,
    label: limit.kind === "device" ? (emailOf.get(limit.subject) ?? `user ${limit.subject}`) : limit.subject,
    failures: limit.failures,
    lastFailureAt: limit.lastFailureAt,
    blockedUntil: limit.blockedUntil && limit.blockedUntil > now ? limit.blockedUntil : null,
  }));

  return (
    <>
      <header>
        <h1 className="font-serif text-3xl font-bold tracking-tight">Users</h1>
        <p className="mt-2 max-w-2xl text-stone-700">
          Editors and admins who can sign in. Accounts are never deleted, because the claim history names them:
          disable an account to stop it signing in.
        </p>
      </header>

      <section aria-labelledby="users-heading" className="space-y-3">
        <h2 id="users-heading" className="text-xl font-semibold">
          All users <span className="text-base font-normal text-stone-600">({rows.length})</span>
        </h2>
        <UsersTable
          users={rows}
          actions={(user) => (
            <>
              <UserRoleForm user={user} roles={roleOptions} action={changeRoleAction} />
              <UserStatusForm user={user} action={setUserDisabledAction} />
              <ResetPasswordForm user={user} action={resetPasswordAction} />
            </>
          )}
        />
      </section>

      <section aria-labelledby="sign-in-limits-heading" className="space-y-3">
        <h2 id="sign-in-limits-heading" className="text-xl font-semibold">
          Sign-in limits <span className="text-base font-normal text-stone-600">({limits.length})</span>
        </h2>
        <p className="max-w-2xl text-stone-700">
          Failed sign-ins in the last 15 minutes, per email, per client address and per known device (a browser
          that signed in before). Past five failures (twenty for an address) each one doubles the wait, up to an
          hour. Clear a limit once you know who was locked out and why.
        </p>
        <SignInLimits rows={limits} action={clearThrottleAction} />
      </section>

      <section aria-labelledby="new-user-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-5">
        <h2 id="new-user-heading" className="text-xl font-semibold">
          New user
        </h2>
        <NewUserForm action={createUserAction} roles={roleOptions} />
      </section>
    </>
  );
}
