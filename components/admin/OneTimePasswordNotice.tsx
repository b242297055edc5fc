"use client";

import { useId, useState } from "react";
import type { OneTimePassword } from "@/components/admin/types.ts";
import { buttonClasses } from "@/components/forms/styles.ts";

type Props = OneTimePassword & {
  /** "Initial password" for a new account, "New password" after a reset. */
  kind: string;
};

/**
 * A password an admin set for someone, shown once: it exists only in this response, never in the
 * database. The user must choose their own at their next sign-in.
 */
export function OneTimePasswordNotice({ kind, name, email, password }: Props) {
  const headingId = useId();
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(password);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  }

  return (
    <section aria-labelledby={headingId} className="rounded-lg border-2 border-amber-500 bg-amber-50 p-4 text-stone-900">
      <h3 id={headingId} className="font-semibold">
        {kind} for {name}
      </h3>
      <p className="mt-1 text-sm">
        Give this password to {name}; it will not be shown again. They sign in with <span className="break-all">{email}</span> and then
        choose their own password.
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <code className="select-all break-all rounded border border-amber-300 bg-white px-3 py-2 font-mono text-lg">{password}</code>
        <button type="button" onClick={copy} className={buttonClasses.secondary}>
          Copy password
        </button>
        <span role="status" className="text-sm">
          {copied === "copied" ? "Copied." : copied === "failed" ? "Could not copy; select the password and copy it by hand." : ""}
        </span>
      </div>
    </section>
  );
}
