import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/SignInForm.tsx";
import { getCurrentUser } from "@/lib/accounts/auth.ts";
import { safeCallbackPath } from "@/lib/accounts/redirects.ts";
import { siteOrigin } from "@/lib/site.ts";

export const metadata: Metadata = { title: "Sign in" };

// next-auth sends its own error codes here; a thrown authorize() message arrives as the code itself.
const NEXT_AUTH_ERRORS: Record<string, string> = {
  CredentialsSignin: "Wrong email or password.",
  AccessDenied: "This account cannot sign in here.",
  SessionRequired: "Sign in to see that page.",
};

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(String(params.callbackUrl ?? ""), siteOrigin(await headers()), "/editor");
  if (await getCurrentUser()) redirect(callbackPath);
  const error = typeof params.error === "string" ? (NEXT_AUTH_ERRORS[params.error] ?? "Sign-in failed. Try again.") : undefined;
  const githubEnabled = Boolean(process.env.GITHUB_ID && process.env.GITHUB_SECRET);

  return (
    <div className="mx-auto max-w-sm">
      <h1 className="font-serif text-3xl font-bold tracking-tight">Sign in</h1>
      <p className="mt-2 text-sm text-stone-700">For editors and admins. Readers need no account.</p>
      <SignInForm callbackPath={callbackPath} initialError={error} githubEnabled={githubEnabled} />
    </div>
  );
}
