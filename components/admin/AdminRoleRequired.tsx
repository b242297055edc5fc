import Link from "next/link";

/** What a signed-in user without the admin role sees instead of an admin page. */
export function AdminRoleRequired() {
  return (
    <section aria-labelledby="admin-required-heading" className="max-w-xl">
      <h1 id="admin-required-heading" className="font-serif text-3xl font-bold tracking-tight">
        Admin
      </h1>
      <p role="status" className="mt-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-stone-900">
        You need the admin role to see this page.
      </p>
      <p className="mt-4 text-stone-700">
        Ask an admin if you need it, or go back to the{" "}
        <Link href="/" className="font-medium text-stone-900 underline">
          claims
        </Link>
        .
      </p>
    </section>
  );
}
