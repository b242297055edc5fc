import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import { z } from "zod";
import { db } from "@/lib/platform/db.ts";
import { authenticate } from "@/lib/accounts/sign-in.ts";

declare module "next-auth" {
  interface Session {
    user: { id: number; name: string; email: string };
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
  }
}

const credentialsSchema = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1024) });

/** The client's address as the proxy in front of us reports it; only used for the sign-in limit. */
function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : null);
}

const githubEnabled = Boolean(process.env.GITHUB_ID && process.env.GITHUB_SECRET);

export const authOptions: NextAuthOptions = {
  secret: process.env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) throw new Error("Enter your email and password.");
        const result = await authenticate(db, { ...parsed.data, ip: clientIp(request.headers) });
        // next-auth passes a thrown message on to the sign-in form.
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
      if (user && account?.provider === "github") {
        const existing = await db.user.findUnique({ where: { email: user.email!.toLowerCase() } });
        token.uid = existing?.id;
      } else if (user) {
        token.uid = Number(user.id);
      }
      return token;
    },
    // Role and disabled state are deliberately not trusted from the token: lib/accounts/auth.ts reads them per request.
    session({ session, token }) {
      session.user = { id: token.uid ?? 0, name: token.name ?? "", email: token.email ?? "" };
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
