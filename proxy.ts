import { NextResponse, type NextRequest } from "next/server";
import { MAX_FORM_BODY_BYTES, MAX_IMPORT_FILE_BYTES, MAX_SOURCE_FILE_BYTES, megabytes } from "@/lib/upload-limits.ts";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/**
 * A form post larger than any form may be is refused at once with 413 and the limit, before it is
 * read (Next.js would read it and answer 500).
 *
 * Convenience only: a visitor without a session cookie who opens a workbench or admin page is sent
 * to sign in and brought back to that exact page. The security boundary is requireRole() in every
 * action and route, and the role check in every page.
 */
export function proxy(request: NextRequest) {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (request.method === "POST" && length > MAX_FORM_BODY_BYTES) {
    const message = `The upload is ${megabytes(length)}; the server takes at most ${megabytes(MAX_FORM_BODY_BYTES)} at once (a source file up to ${megabytes(MAX_SOURCE_FILE_BYTES)}, a claims CSV up to ${megabytes(MAX_IMPORT_FILE_BYTES)}).`;
    return NextResponse.json({ error: message }, { status: 413 });
  }
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const signIn = new URL("/signin", request.url);
  signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export const config = { matcher: ["/editor/:path*", "/admin/:path*"] };
