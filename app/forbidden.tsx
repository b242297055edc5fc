import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not allowed" };

/** The 403 page: every `forbidden()`, e.g. an editor on the admin pages (lib/accounts/page-guard.ts). */
export default function Forbidden() {
  return (
    <section aria-labelledby="forbidden-heading" className="max-w-xl">
      <h1 id="forbidden-heading" className="font-serif text-3xl font-bold tracking-tight">
        Not allowed
      </h1>
      <p className="mt-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-stone-900">
        Your account does not have the role this page needs. Ask an admin if you need it.
      </p>
      <p className="mt-4 text-stone-700">
        Go to the{" "}
        <Link href="/editor" className="font-medium text-stone-900 underline">
          workbench
        </Link>{" "}
        or the{" "}
        <Link href="/" className="font-medium text-stone-900 underline">
          claims
        </Link>
        .
      </p>
    </section>
  );
}
