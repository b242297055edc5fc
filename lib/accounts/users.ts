import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client.ts";
import { Role } from "@/generated/prisma/enums.ts";
import type { CurrentUser } from "@/lib/accounts/auth.ts";
import { AuthorizationError, DomainError } from "@/lib/errors.ts";
import { idSchema, requiredText } from "@/lib/fields.ts";
import { generatePassword, hashPassword, passwordSchema } from "@/lib/accounts/passwords.ts";

// Users are never deleted: claim events and notes refer to them. They are disabled instead.

export const ROLE_LABELS: Record<Role, string> = { ADMIN: "Admin", EDITOR: "Editor" };

export const roleSchema = z.enum(Role, { error: "Choose a role: Admin or Editor." });

export const emailSchema = requiredText("an email address", 320)
  .transform((email) => email.toLowerCase())
  .pipe(z.email("Enter a valid email address, like name@example.org."));

export const nameSchema = requiredText("a name", 200);

const userIdSchema = idSchema("user");

export const createUserSchema = z.object({ email: emailSchema, name: nameSchema, role: roleSchema });
export const changeRoleSchema = z.object({ userId: userIdSchema, role: roleSchema });
export const setDisabledSchema = z.object({
  userId: userIdSchema,
  disabled: z.enum(["true", "false"], { error: "Choose disable or re-enable." }).transform((value) => value === "true"),
});
export const resetPasswordSchema = z.object({ userId: userIdSchema });

export type CreateUserInput = z.infer<typeof createUserSchema>;

/** Who is acting; the Server Action gets it from requireRole("ADMIN"). */
export type Actor = Pick<CurrentUser, "id" | "role">;

const userSummary = { id: true, email: true, name: true, role: true, disabledAt: true, mustChangePassword: true, lastSignInAt: true, createdAt: true } as const;
export type UserSummary = {
  id: number;
  email: string;
  name: string;
  role: Role;
  disabledAt: Date | null;
  mustChangePassword: boolean;
  lastSignInAt: Date | null;
  createdAt: Date;
};

type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

// The Server Action already checked the role; this keeps a mistaken caller from bypassing it.
function assertAdmin(actor: Actor): void {
  if (actor.role !== "ADMIN") throw new AuthorizationError("You do not have permission to do this.", 403);
}

export function listUsers(prisma: PrismaClient): Promise<UserSummary[]> {
  return prisma.user.findMany({ select: userSummary, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

function duplicateEmail(email: string): DomainError {
  return new DomainError("A user with that email already exists.", {
    email: [`${email} already has an account.`],
  });
}

// A password someone else chose (an admin, or whoever ran `npm run user:create`) is known to more
// than its user: they must choose their own at their next sign-in (lib/accounts/page-guard.ts, auth.ts).
async function insertUser(prisma: PrismaClient, input: CreateUserInput, password: string): Promise<UserSummary> {
  const data = createUserSchema.parse(input);
  const passwordHash = await hashPassword(password);
  try {
    return await prisma.user.create({ data: { ...data, passwordHash, mustChangePassword: true }, select: userSummary });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateEmail(data.email);
    throw error;
  }
}

/**
 * Creates an account with a random initial password. The password is returned once, for the
 * admin to hand over; only its argon2id hash is stored.
 */
export async function createUser(
  prisma: PrismaClient,
  actor: Actor,
  input: CreateUserInput,
): Promise<{ user: UserSummary; initialPassword: string }> {
  assertAdmin(actor);
  const initialPassword = generatePassword();
  const user = await insertUser(prisma, input, initialPassword);
  return { user, initialPassword };
}

/** For `npm run user:create`, run by whoever holds the database credentials (no signed-in actor). */
export async function createUserWithPassword(prisma: PrismaClient, input: CreateUserInput, password: string): Promise<UserSummary> {
  return insertUser(prisma, input, passwordSchema.parse(password));
}

/**
 * Ends one session (sign-out) on the server: the guard (lib/accounts/auth.ts) refuses its id from
 * now on, so a copied cookie stops working too. Kept until the cookie would have expired anyway;
 * older rows are cleared on the way.
 */
export async function revokeSession(prisma: PrismaClient, session: { sessionId: string; userId: number; expiresAt: Date }): Promise<void> {
  await prisma.$transaction([
    prisma.revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    prisma.revokedSession.upsert({ where: { sessionId: session.sessionId }, create: session, update: {} }),
  ]);
}

/**
 * A password set for someone else: it ends the sessions opened with the old one, and the user must
 * choose their own at their next sign-in.
 */
function setPasswordFor(passwordHash: string) {
  return { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } };
}

/** For `npm run user:create -- --reset-password`. */
export async function resetPassword(prisma: PrismaClient, email: string, password: string): Promise<UserSummary> {
  const address = emailSchema.parse(email);
  const passwordHash = await hashPassword(passwordSchema.parse(password));
  const updated = await prisma.user.updateManyAndReturn({ where: { email: address }, data: setPasswordFor(passwordHash), select: userSummary });
  const user = updated[0];
  if (!user) throw new DomainError(`No user has the email ${address}.`, { email: [`No user has the email ${address}.`] });
  return user;
}

/**
 * An admin gives a user a new random password (a forgotten one, a suspected leak): returned once,
 * for the admin to hand over; the user's sessions end and they choose their own at sign-in. Admins
 * change their own on the account page, which needs the current one.
 */
export async function resetPasswordByAdmin(
  prisma: PrismaClient,
  actor: Actor,
  userId: number,
): Promise<{ user: UserSummary; temporaryPassword: string }> {
  assertAdmin(actor);
  if (actor.id === userId) throw new DomainError("Change your own password on your account page.");
  const temporaryPassword = generatePassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const updated = await prisma.user.updateManyAndReturn({ where: { id: userId }, data: setPasswordFor(passwordHash), select: userSummary });
  const user = updated[0];
  if (!user) throw new DomainError("That user does not exist.");
  return { user, temporaryPassword };
}

/**
 * Runs `change` on the user after locking every active admin row (`FOR UPDATE`), so that two
 * concurrent demotions or disables cannot both see "another admin is left": the second one waits
 * for the first to commit, then re-reads the rows it locked and finds one admin fewer.
 */
async function withAdminsLocked<T>(
  prisma: PrismaClient,
  userId: number,
  change: (tx: Transaction, target: UserSummary, activeAdminIds: number[]) => Promise<T>,
): Promise<T> {
  return prisma.$transaction(async (tx) => {
    const admins = await tx.$queryRaw<{ id: number }[]>`
      SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND "disabledAt" IS NULL ORDER BY "id" FOR UPDATE`;
    await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
    const target = await tx.user.findUnique({ where: { id: userId }, select: userSummary });
    if (!target) throw new DomainError("That user does not exist.");
    return change(tx, target, admins.map((admin) => admin.id));
  });
}

const LAST_ADMIN = "This is the last active admin. Make another user an admin first.";

export async function changeRole(prisma: PrismaClient, actor: Actor, userId: number, role: Role): Promise<UserSummary> {
  assertAdmin(actor);
  const newRole = roleSchema.parse(role);
  return withAdminsLocked(prisma, userId, async (tx, target, activeAdminIds) => {
    if (target.role === newRole) return target;
    const demotesActiveAdmin = target.role === "ADMIN" && activeAdminIds.includes(target.id);
    if (demotesActiveAdmin && activeAdminIds.length <= 1) throw new DomainError(LAST_ADMIN, { role: [LAST_ADMIN] });
    // Raising the session version ends the user's open sessions: they sign in again under the new role.
    return tx.user.update({ where: { id: userId }, data: { role: newRole, sessionVersion: { increment: 1 } }, select: userSummary });
  });
}

/** Disabling keeps the account and its history; the user's session stops working on its next request. */
export async function setDisabled(prisma: PrismaClient, actor: Actor, userId: number, disabled: boolean): Promise<UserSummary> {
  assertAdmin(actor);
  if (disabled && actor.id === userId) throw new DomainError("You cannot disable your own account.");
  return withAdminsLocked(prisma, userId, async (tx, target, activeAdminIds) => {
    if (Boolean(target.disabledAt) === disabled) return target;
    if (disabled && activeAdminIds.includes(target.id) && activeAdminIds.length <= 1) throw new DomainError(LAST_ADMIN);
    return tx.user.update({
      where: { id: userId },
      data: { disabledAt: disabled ? new Date() : null, ...(disabled && { sessionVersion: { increment: 1 } }) },
      select: userSummary,
    });
  });
}
