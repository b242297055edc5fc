"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field } from "@/components/forms/Field.tsx";

export function SignInForm({
  callbackPath,
  initialError,
  githubEnabled,
}: {
  callbackPath: string;
  initialError?: string;
  githubEnabled: boolean;
}) {
  const router = useRouter();
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      setError(result?.error === "CredentialsSignin" || !result?.error ? "Wrong email or password." : result.error);
      return;
    }
    router.replace(callbackPath);
    router.refresh();
  }

  return (
    <>
      <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate aria-describedby={error ? "signin-error" : undefined}>
        {error ? (
          <p id="signin-error" role="alert" className="rounded-md border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900">
            {error}
          </p>
        ) : null}
        <Field type="email" label="Email" name="email" autoComplete="username" required />
        <Field type="password" label="Password" name="password" autoComplete="current-password" required />
        <button
          type="submit"
          disabled={pending}
          className="w-full rounded-md bg-stone-900 px-4 py-2 font-semibold text-white hover:bg-stone-700 disabled:opacity-60"
        >
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      {githubEnabled ? (
        <button
          type="button"
          onClick={() => signIn("github", { callbackUrl: callbackPath })}
          className="mt-4 w-full rounded-md border border-stone-300 bg-white px-4 py-2 font-semibold text-stone-900 hover:bg-stone-50"
        >
          Sign in with GitHub
        </button>
      ) : null}
    </>
  );
}
