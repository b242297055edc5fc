import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import { z } from "zod";
import { cookies, headers } from "next/headers";
import { knownDeviceCookie, knownDeviceFromCookieHeader, signKnownDevice } from "@/lib/accounts/known-devices.ts";
import { IDLE_LIFETIME_SECONDS } from "@/lib/accounts/session-lifetime.ts";
import { revokeSession } from "@/lib/accounts/users.ts";
import { publicUrlEnv } from "@/lib/platform/env.ts";
import { reportInternalError } from "@/lib/internal-errors.ts";
import { db } from "@/lib/platform/db.ts";
import { authenticate, recordSignIn, signInClientIp } from "@/lib/accounts/sign-in.ts";

declare module "next-auth" {
  interface Session {
    user: { id: number; name: string; email: string; sessionId: string; sessionVersion: number };
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    /** This session's id, refused once it is signed out of (lib/accounts/users.ts revokeSession). */
    sid?: string;
    /** The user's session version when the session began; raising it ends every session of the user. */
    sv?: number;
    /** When the session began (seconds): it is renewed while used, up to MAX_LIFETIME_SECONDS after. */
    signedInAt?: number;
  }
}

const credentialsSchema = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1024) });

const githubEnabled = Boolean(process.env.GITHUB_ID && process.env.GITHUB_SECRET);

export const authOptions: NextAuthOptions = {
  secret: process.env.AUTH_SECRET,
  // Idle lifetime; proxy.ts renews it on each workbench visit, up to MAX_LIFETIME_SECONDS after sign-in.
  session: { strategy: "jwt", maxAge: IDLE_LIFETIME_SECONDS },
  pages: { signIn: "/signin", error: "/signin" },
  // Signing out ends the session on the server too, not only the cookie in this browser: a copied
  // cookie stops working at once. Other devices keep their own sessions.
  events: {
    async signOut({ token }) {
      if (token?.uid && token.sid && token.exp) await revokeSession(db, { sessionId: token.sid, userId: token.uid, expiresAt: new Date(Number(token.exp) * 1000) });
    },
    // A browser that signed in with a password becomes a known device of that user
    // (lib/accounts/known-devices.ts): a stranger's failures on the email no longer lock it out.
    // next-auth awaits this inside its App Router route handler, whose response gets what
    // cookies() set. Never fails the sign-in itself.
    async signIn({ user, account }) {
      if (account?.provider !== "credentials") return;
      try {
        const request = await headers();
        const secure = Boolean(publicUrlEnv().siteOrigin?.startsWith("https://")) || request.get("x-forwarded-proto") === "https";
        // The same browser keeps its device id (and its own failure count); the 180 days start again.
        const userId = Number(user.id);
        const known = knownDeviceFromCookieHeader(process.env.AUTH_SECRET, request.get("cookie"));
        const cookie = knownDeviceCookie(signKnownDevice(process.env.AUTH_SECRET, userId, new Date(), known?.userId === userId ? known.deviceId : undefined), { secure });
        (await cookies()).set(cookie.name, cookie.value, cookie.options);
      } catch (error) {
        reportInternalError(error, "Known-device cookie not set");
      }
    },
  },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) throw new Error("Enter your email and password.");
        const ip = signInClientIp(request.headers);
        let result: Awaited<ReturnType<typeof authenticate>>;
        try {
          // A known-device cookie (lib/accounts/known-devices.ts) only counts for its own user.
          const device = knownDeviceFromCookieHeader(process.env.AUTH_SECRET, request.headers?.cookie);
          result = await authenticate(db, { ...parsed.data, ip, device });
        } catch (error) {
          // next-auth puts a thrown message into the redirect URL: never an internal one (a Prisma
          // message names the query, host and port). Logged with an id; the user gets the id.
          throw new Error(reportInternalError(error, "Sign-in failed").message);
        }
        // next-auth passes a thrown message on to the sign-in form: our deliberate refusals only.
        if (!result.ok) throw new Error(result.message);
        return { id: String(result.user.id), name: result.user.name, email: result.user.email };
      },
    }),
    ...(githubEnabled ? [GitHubProvider({ clientId: process.env.GITHUB_ID!, clientSecret: process.env.GITHUB_SECRET! })] : []),
  ],
  callbacks: {
    // GitHub only signs in people who already have an active account with that email: accounts are invited.
    async signIn({ account, user }) {
      if (account?.provider !== "github") return true;
      const existing = user.email ? await db.user.findUnique({ where: { email: user.email.toLowerCase() } }) : null;
      return Boolean(existing && !existing.disabledAt);
    },
    async jwt({ token, user, account }) {
      if (!user) return token;
      const where = account?.provider === "github" ? { email: user.email!.toLowerCase() } : { id: Number(user.id) };
      const signedIn = await recordSignIn(db, where);
      token.uid = signedIn.id;
      token.sid = randomUUID();
      token.signedInAt = Math.floor(Date.now() / 1000);
      token.sv = signedIn.sessionVersion;
      return token;
    },
    // Role and disabled state are deliberately not trusted from the token: lib/accounts/auth.ts reads them per request.
    session({ session, token }) {
      session.user = { id: token.uid ?? 0, name: token.name ?? "", email: token.email ?? "", sessionId: token.sid ?? "", sessionVersion: token.sv ?? -1 };
      return session;
    },
    redirect({ url, baseUrl }) {
      if (url.startsWith("/") && !url.startsWith("//")) return `${baseUrl}${url}`;
      try {
        return new URL(url).origin === baseUrl ? url : baseUrl;
      } catch {
        return baseUrl;
      }
    },
  },
};
