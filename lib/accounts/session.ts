import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/accounts/auth-options.ts";

/** The user id in the signed session cookie, or null. Says nothing about whether that user may act. */
export async function readSessionUserId(): Promise<number | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  return typeof id === "number" && id > 0 ? id : null;
}
