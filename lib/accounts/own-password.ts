import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client.ts";
import { INVALID_INPUT } from "@/lib/action-state.ts";
import { DomainError } from "@/lib/errors.ts";
import { hashPassword, passwordSchema, verifyPassword } from "@/lib/accounts/passwords.ts";
import { formatWait } from "@/lib/accounts/sign-in.ts";
import { recordFailure, secondsUntilAllowed } from "@/lib/accounts/sign-in-throttle.ts";

export const WRONG_CURRENT_PASSWORD = "That is not your current password.";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(1024, "A password has at most 1024 characters."),
    newPassword: passwordSchema,
    repeatPassword: z.string({ error: "Repeat the new password." }),
  })
  .refine((input) => input.newPassword === input.repeatPassword, { path: ["repeatPassword"], message: "The two new passwords differ." })
  .refine((input) => input.newPassword !== input.currentPassword, { path: ["newPassword"], message: "Choose a password other than the current one." });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/**
 * A signed-in user replaces their own password, proving they know the current one. Ends every
 * session of theirs (the session version goes up) and lifts a forced change; the caller keeps its
 * own session by re-issuing it at the returned version (lib/accounts/session.ts continueSession).
 *
 * A wrong current password counts as a failed sign-in for the email (lib/accounts/sign-in-throttle.ts),
 * so a borrowed session cannot be used to guess the password without limit.
 */
export async function changeOwnPassword(prisma: PrismaClient, userId: number, input: ChangePasswordInput, now = new Date()): Promise<{ sessionVersion: number }> {
  const { currentPassword, newPassword } = changePasswordSchema.parse(input);
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user) throw new DomainError("That user does not exist.");
  if (!user.passwordHash) throw new DomainError("Your account has no password: you sign in with GitHub.");
  const subject = { email: user.email, ip: null };
  const wait = await secondsUntilAllowed(prisma, subject, now);
  if (wait > 0) throw new DomainError(`Too many wrong passwords. Try again in ${formatWait(wait)}.`);
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    await recordFailure(prisma, subject, now);
    throw new DomainError(INVALID_INPUT, { currentPassword: [WRONG_CURRENT_PASSWORD] });
  }
  const passwordHash = await hashPassword(newPassword);
  // Only over the hash just verified: of two changes at once, the second finds it gone.
  const [changed] = await prisma.user.updateManyAndReturn({
    where: { id: userId, passwordHash: user.passwordHash },
    data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  if (!changed) throw new DomainError("Your password was changed meanwhile. Sign in again.");
  return changed;
}
