"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import type { SessionSummary } from "@/app/api/session/route.ts";
import { SignOutButton } from "@/components/SignOutButton.tsx";

const linkClass = "font-medium text-stone-700 hover:text-stone-950 hover:underline";

/**
 * The signed-in part of the site header: the workbench, admin and account links, the name and role, sign-out; or
 * "Sign in". Asked of /api/session by the browser, so the pages around it can be cached and
 * shared by readers and editors alike, and neither ever receives the other's header.
 */
export function AccountNav() {
  const [session, setSession] = useState<SessionSummary | null>(null);
  // Asked again on every navigation: the header stays mounted across them, and signing in or out
  // is one (next-auth sends the browser on to the next page).
  const pathname = usePathname();
  useEffect(() => {
    let current = true;
    fetch("/api/session", { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<SessionSummary>) : { signedIn: false as const }))
      .catch(() => ({ signedIn: false as const }))
      .then((summary) => current && setSession(summary));
    return () => {
      current = false;
    };
  }, [pathname]);

  if (!session) return <div className="h-7" aria-hidden="true" />;
  if (!session.signedIn) {
    return (
      <Link href="/signin" className={linkClass}>
        Sign in
      </Link>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <nav aria-label="Workbench">
        <ul className="flex gap-4">
          <li>
            <Link href="/editor" className={linkClass}>
              Editor
            </Link>
          </li>
          <li>
            <Link
              href="/editor/notifications"
              className={linkClass}
              aria-label={session.unreadNotifications > 0 ? `Notifications, ${session.unreadNotifications} unread` : "Notifications"}
            >
              <svg aria-hidden="true" viewBox="0 0 24 24" className="inline size-5 align-text-bottom" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
                <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
                <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
              </svg>
              {session.unreadNotifications > 0 ? (
                <span aria-hidden="true" className="ml-1 rounded-full bg-amber-600 px-1.5 text-xs font-semibold text-white">
                  {session.unreadNotifications}
                </span>
              ) : null}
            </Link>
          </li>
          {session.admin ? (
            <li>
              <Link href="/admin/users" className={linkClass}>
                Admin
              </Link>
            </li>
          ) : null}
          <li>
            <Link href="/account" className={linkClass}>
              Account
            </Link>
          </li>
        </ul>
      </nav>
      <span className="text-stone-700" data-testid="signed-in-user">
        <span className="font-semibold text-stone-900">{session.name}</span> · {session.role}
      </span>
      <SignOutButton />
    </div>
  );
}
