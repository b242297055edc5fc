import type { Metadata } from "next";
import { headers } from "next/headers";
import { changePasswordAction } from "@/app/account/actions.ts";
import { ChangePasswordForm } from "@/components/account/ChangePasswordForm.tsx";
import { EmailNotificationsForm } from "@/components/account/EmailNotificationsForm.tsx";
import { db } from "@/lib/platform/db.ts";
import { wantsEmailNotifications } from "@/lib/workbench/notifications.ts";
import { ACCOUNT_PATH, userForPage } from "@/lib/accounts/page-guard.ts";
import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/passwords.ts";
import { safeCallbackPath } from "@/lib/accounts/redirects.ts";
import { ROLE_LABELS } from "@/lib/accounts/users.ts";
import { siteOrigin } from "@/lib/site.ts";

export const metadata: Metadata = { title: "Your account" };

/**
 * The signed-in user's account: who they are and their password. A user whose password an admin
 * set is sent here by the page guard (with the page they asked for in `next`) and can use nothing
 * else until they chose their own.
 */
export default async function AccountPage({ searchParams }: PageProps<"/account">) {
  const user = await userForPage("EDITOR", ACCOUNT_PATH, { beforePasswordChange: true });
  const { next } = await searchParams;
  const returnTo = user.mustChangePassword ? safeCallbackPath(typeof next === "string" ? next : "", siteOrigin(await headers()), "/editor") : undefined;

  return (
    <div className="space-y-8">
      <header>
        <h1 className="font-serif text-3xl font-bold tracking-tight">Your account</h1>
        <dl className="mt-4 grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-stone-800">
          <dt className="font-medium text-stone-600">Name</dt>
          <dd>{user.name}</dd>
          <dt className="font-medium text-stone-600">Email</dt>
          <dd className="break-all">{user.email}</dd>
          <dt className="font-medium text-stone-600">Role</dt>
          <dd>{ROLE_LABELS[user.role]}</dd>
        </dl>
      </header>

      <section aria-labelledby="password-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-5">
        <h2 id="password-heading" className="text-xl font-semibold">
          Change password
        </h2>
        {user.mustChangePassword ? (
          <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-stone-900">
            An admin set your password. Choose your own before you continue: until then the workbench is closed to you.
          </p>
        ) : null}
        <p className="max-w-2xl text-sm text-stone-700">
          Changing your password signs you out everywhere else, on every other browser and device; this one stays signed in.
        </p>
        <ChangePasswordForm action={changePasswordAction} minLength={MIN_PASSWORD_LENGTH} next={returnTo} />
      </section>

      {user.mustChangePassword ? null : (
        <section aria-labelledby="notifications-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-5">
          <h2 id="notifications-heading" className="text-xl font-semibold">
            Notifications
          </h2>
          <p className="max-w-2xl text-sm text-stone-700">
            You are told under the bell when an editor names you in a note, assigns you a claim or asks for your review, and when a claim you follow
            falls due.
            {process.env.SMTP_URL ? " E-mails go out within about a minute." : " This server sends no e-mail yet (no SMTP_URL): your choice applies once it does."}
          </p>
          <EmailNotificationsForm email={user.email} on={await wantsEmailNotifications(db, user.id)} />
        </section>
      )}
    </div>
  );
}
