"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/" })}
      className="rounded-md border border-stone-300 px-2.5 py-1 text-sm font-medium text-stone-800 hover:bg-stone-100"
    >
      Sign out
    </button>
  );
}
