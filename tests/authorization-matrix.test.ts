/**
 * The authorization matrix: every Server Action and mutating route handler of the app, called as
 * anonymous, a disabled admin, an editor and an admin. Allowed callers must succeed; refused
 * callers must be refused AND leave the database exactly as it was. The test also fails when
 * app/ has an action or mutating route that is not listed here: a new feature adds its entries.
 */
import { getURLFromRedirectError } from "next/dist/client/components/redirect.js";
import { isRedirectError } from "next/dist/client/components/redirect-error.js";
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import type { PrismaClient, User } from "@/generated/prisma/client.ts";
import { AuthorizationError } from "@/lib/errors.ts";
import { PASSWORD_CHANGE_REQUIRED } from "@/lib/accounts/auth.ts";
import { hashPassword } from "@/lib/accounts/passwords.ts";
import { discoverServerSurface } from "./support/server-surface.ts";
import { actAs } from "./support/session.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

vi.mock("@/lib/accounts/session.ts", () => import("./support/session.ts"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

/** `mustChange`: an editor whose password an admin set, refused everything but changing it. */
const CALLERS = ["anonymous", "disabled", "editor", "admin", "mustChange"] as const;
type Caller = (typeof CALLERS)[number];

interface Fixture {
  prisma: PrismaClient;
  users: Record<"admin" | "editor" | "disabled" | "target" | "mustChange", User>;
  /** A value no other call used, for inputs that must be unique (emails, …). */
  unique(): string;
}

type Entry =
  | {
      allowed: readonly Caller[];
      /** Rows the call needs (e.g. a source to edit), written before the database fingerprint is taken. */
      prepare?(fixture: Fixture, caller: Caller): Promise<number>;
      run(fixture: Fixture, caller: Caller, prepared: number): Promise<unknown>;
    }
  | { publicByDesign: string };

function form(fields: Record<string, string | number | boolean>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
}

const idle = { status: "idle" } as const;
const MATRIX_PASSWORD = "the matrix's current password";
const adminActions = () => import("@/app/admin/users/actions.ts");
const sourceActions = () => import("@/app/editor/sources/actions.ts");
const SUGGESTION_BODY = "Minister Anna Berg said the bridge would open in May.";
const SUGGESTION_SPAN = { start: 24, end: 52, text: "the bridge would open in May" };
const APPEARANCE_WORDS = "The new bridge over the river will open to traffic in May next year";

/** A draft's publication proposed by another editor (the target), waiting for review: its id. */
async function proposedPublication(f: Fixture): Promise<number> {
  const { createTestClaim } = await import("./support/workbench.ts");
  const claim = await createTestClaim(f.prisma, f.users.admin);
  const result = await (await import("@/lib/workbench/reviews.ts")).proposeChange(f.prisma, { id: f.users.target.id, role: "EDITOR" }, claim.id, claim.version, { kind: "PUBLISH" }, { review: true });
  if (!("pending" in result)) throw new Error("The publication should wait for review.");
  return result.pending.id;
}

const MATRIX: Record<string, Entry> = {
  "app/api/auth/[...nextauth]/route.ts#POST": {
    publicByDesign:
      "next-auth's own sign-in/sign-out endpoints: callable by anyone by nature; credentials, disabled accounts and the brute-force limit are checked in lib/accounts/sign-in.ts (tests/sign-in.test.ts, e2e/auth.spec.ts)",
  },
  "app/admin/users/actions.ts#createUserAction": {
    allowed: ["admin"],
    run: async (f) => (await adminActions()).createUserAction(idle, form({ email: `${f.unique()}@example.org`, name: "New Person", role: "EDITOR" })),
  },
  "app/admin/users/actions.ts#resetPasswordAction": {
    allowed: ["admin"],
    run: async (f) => (await adminActions()).resetPasswordAction(idle, form({ userId: f.users.target.id })),
  },
  "app/account/actions.ts#changePasswordAction": {
    allowed: ["editor", "admin", "mustChange"],
    prepare: async (f, caller) => {
      const id = callerId(caller);
      if (id !== null) await f.prisma.user.update({ where: { id }, data: { passwordHash: await hashPassword(MATRIX_PASSWORD) } });
      return 0;
    },
    run: async (f) => {
      const newPassword = `${f.unique()} new password`;
      return (await import("@/app/account/actions.ts")).changePasswordAction(idle, form({ currentPassword: MATRIX_PASSWORD, newPassword, repeatPassword: newPassword }));
    },
  },
  "app/admin/users/actions.ts#changeRoleAction": {
    allowed: ["admin"],
    run: async (f) => {
      const current = await f.prisma.user.findUniqueOrThrow({ where: { id: f.users.target.id } });
      const role = current.role === "EDITOR" ? "ADMIN" : "EDITOR";
      return (await adminActions()).changeRoleAction(idle, form({ userId: f.users.target.id, role }));
    },
  },
  "app/admin/users/actions.ts#setUserDisabledAction": {
    allowed: ["admin"],
    run: async (f) => {
      const current = await f.prisma.user.findUniqueOrThrow({ where: { id: f.users.target.id } });
      return (await adminActions()).setUserDisabledAction(idle, form({ userId: f.users.target.id, disabled: current.disabledAt === null }));
    },
  },
  "app/admin/users/actions.ts#clearThrottleAction": {
    allowed: ["admin"],
    prepare: async (f) => {
      await f.prisma.signInThrottle.create({ data: { key: `email:${f.unique()}@example.org`, failures: 9, lastFailureAt: new Date(), blockedUntil: new Date(Date.now() + 60_000) } });
      return 0;
    },
    run: async (f) => {
      const { key } = await f.prisma.signInThrottle.findFirstOrThrow({ orderBy: { lastFailureAt: "desc" } });
      return (await adminActions()).clearThrottleAction(idle, form({ key }));
    },
  },
  "app/admin/methodology/actions.ts#saveMethodologyAction": {
    allowed: ["admin"],
    run: async (f) => {
      const { updatedAt } = await (await import("@/lib/public/methodology.ts")).getMethodology(f.prisma);
      const fields = { markdown: `## How we work

Version ${f.unique()}.`, updatedAt: updatedAt?.toISOString() ?? "" };
      return (await import("@/app/admin/methodology/actions.ts")).saveMethodologyAction(idle, form(fields));
    },
  },
  "app/editor/claims/actions.ts#createClaimAction": {
    allowed: ["editor", "admin"],
    run: async (f, caller) => {
      const { claim } = await (await import("./support/workbench.ts")).matrixPrerequisites(f, caller);
      const fields = { quote: "A statement", summary: "What was said.", claimantId: claim.claimantId, statedAt: "2024-05-01", kind: "PROMISE", tags: "matrix" };
      return (await import("@/app/editor/claims/actions.ts")).createClaimAction(idle, form(fields));
    },
  },
  "app/editor/claims/actions.ts#updateClaimAction": {
    allowed: ["editor", "admin"],
    run: async (f, caller) => {
      const { claim } = await (await import("./support/workbench.ts")).matrixPrerequisites(f, caller);
      return (await import("@/app/editor/claims/actions.ts")).updateClaimAction(idle, form({ id: claim.id, version: claim.version, summary: `Edited ${f.unique()}` }));
    },
  },
  "app/editor/claims/actions.ts#changeStatusAction": {
    allowed: ["editor", "admin"],
    run: async (f, caller) => {
      const { claim } = await (await import("./support/workbench.ts")).matrixPrerequisites(f, caller, { linked: true });
      const fields = { id: claim.id, version: claim.version, status: "FULFILLED", rationale: "The outcome shows it." };
      return (await import("@/app/editor/claims/actions.ts")).changeStatusAction(idle, form(fields));
    },
  },
  "app/editor/claims/actions.ts#publishClaimAction": {
    allowed: ["editor", "admin"],
    run: async (f, caller) => {
      const { claim } = await (await import("./support/workbench.ts")).matrixPrerequisites(f, caller);
      return (await import("@/app/editor/claims/actions.ts")).publishClaimAction(idle, form({ id: claim.id, version: claim.version }));
    },
  },
  "app/editor/claims/actions.ts#unpublishClaimAction": {
    allowed: ["editor", "admin"],
    run: async (f, caller) => {
      const { claim } = await (await import("./support/workbench.ts")).matrixPrerequisites(f, caller, { published: true });
      return (await import("@/app/editor/claims/actions.ts")).unpublishClaimAction(idle, form({ id: claim.id, version: claim.version }));
    },
  },
  "app/editor/claims/actions.ts#assignClaimAction": {
    allowed: ["editor", "admin"],
    run: async (f, caller) => {
      const { claim } = await (await import("./support/workbench.ts")).matrixPrerequisites(f, caller);
      return (await import("@/app/editor/claims/actions.ts")).assignClaimAction(idle, form({ id: claim.id, version: claim.version, assigneeId: f.users.editor.id }));
    },
  },
  "app/editor/claims/actions.ts#approveChangeAction": {
    allowed: ["editor", "admin"],
    prepare: proposedPublication,
    run: async (f, _caller, reviewId) => {
      const { claim } = await f.prisma.reviewRequest.findUniqueOrThrow({ where: { id: reviewId }, select: { claim: { select: { version: true } } } });
      return (await import("@/app/editor/claims/actions.ts")).approveChangeAction(idle, form({ reviewId, version: claim.version }));
    },
  },
  "app/editor/claims/actions.ts#returnChangeAction": {
    allowed: ["editor", "admin"],
    prepare: proposedPublication,
    run: async (_f, _caller, reviewId) => (await import("@/app/editor/claims/actions.ts")).returnChangeAction(idle, form({ reviewId, comment: "Not yet." })),
  },
  "app/editor/claims/actions.ts#linkOutcomeAction": {
    allowed: ["editor", "admin"],
    run: async (f, caller) => {
      const { claim, outcome } = await (await import("./support/workbench.ts")).matrixPrerequisites(f, caller);
      const fields = { id: claim.id, version: claim.version, outcomeId: outcome.id, relation: "SUPPORTS", note: "" };
      return (await import("@/app/editor/claims/actions.ts")).linkOutcomeAction(idle, form(fields));
    },
  },
  "app/editor/claims/actions.ts#unlinkOutcomeAction": {
    allowed: ["editor", "admin"],
    run: async (f, caller) => {
      const { claim, outcome } = await (await import("./support/workbench.ts")).matrixPrerequisites(f, caller, { linked: true });
      return (await import("@/app/editor/claims/actions.ts")).unlinkOutcomeAction(idle, form({ id: claim.id, version: claim.version, outcomeId: outcome.id }));
    },
  },
  "app/editor/claims/actions.ts#addNoteAction": {
    allowed: ["editor", "admin"],
    run: async (f, caller) => {
      const { claim } = await (await import("./support/workbench.ts")).matrixPrerequisites(f, caller);
      return (await import("@/app/editor/claims/actions.ts")).addNoteAction(idle, form({ id: claim.id, body: "An internal note." }));
    },
  },
  "app/account/actions.ts#setEmailNotificationsAction": {
    allowed: ["editor", "admin"],
    run: async () => (await import("@/app/account/actions.ts")).setEmailNotificationsAction(idle, form({ emailNotifications: "on" })),
  },
  "app/editor/notifications/actions.ts#markNotificationsReadAction": {
    allowed: ["editor", "admin"],
    // The caller's own notification: a refused caller must leave it unread.
    prepare: async (f, caller) => {
      const user = caller === "admin" ? f.users.admin : f.users.editor;
      return (await f.prisma.notification.create({ data: { userId: user.id, kind: "MENTIONED", cause: `matrix:${f.unique()}` } })).id;
    },
    run: async (_f, _caller, id) => (await import("@/app/editor/notifications/actions.ts")).markNotificationsReadAction(idle, form({ id })),
  },
  "app/editor/claims/actions.ts#bulkClaimsAction": {
    allowed: ["editor", "admin"],
    run: async (f, caller) => {
      const { claim } = await (await import("./support/workbench.ts")).matrixPrerequisites(f, caller);
      const fields = form({ action: "tag", tag: "matrix", scope: "selected" });
      fields.append("claim", `${claim.id}:${claim.version}`);
      return (await import("@/app/editor/claims/actions.ts")).bulkClaimsAction(idle, fields);
    },
  },
  "app/editor/claims/actions.ts#linkClaimAction": {
    allowed: ["editor", "admin"],
    run: async (f, caller) => {
      const support = await import("./support/workbench.ts");
      const { claim } = await support.matrixPrerequisites(f, caller);
      const other = await support.matrixPrerequisites(f, caller);
      const fields = { id: claim.id, version: claim.version, otherClaimId: caller === "editor" || caller === "admin" ? other.claim.id : claim.id + 1, kind: "RELATED" };
      return (await import("@/app/editor/claims/actions.ts")).linkClaimAction(idle, form(fields));
    },
  },
  "app/editor/claims/actions.ts#unlinkClaimAction": {
    allowed: ["editor", "admin"],
    run: async (f, caller) => {
      const support = await import("./support/workbench.ts");
      const { claim } = await support.matrixPrerequisites(f, caller);
      let version = claim.version;
      let otherClaimId = claim.id + 1;
      if (caller === "editor" || caller === "admin") {
        const other = await support.matrixPrerequisites(f, caller);
        await (await import("@/lib/workbench/claim-links.ts")).linkClaims(f.prisma, f.users[caller], claim.id, version, { otherClaimId: other.claim.id, kind: "RELATED" });
        version++;
        otherClaimId = other.claim.id;
      }
      return (await import("@/app/editor/claims/actions.ts")).unlinkClaimAction(idle, form({ id: claim.id, version, otherClaimId }));
    },
  },
  "app/editor/claims/actions.ts#withdrawClaimAction": {
    allowed: ["editor", "admin"],
    run: async (f, caller) => {
      const { claim } = await (await import("./support/workbench.ts")).matrixPrerequisites(f, caller, { published: true });
      const fields = { id: claim.id, version: claim.version, reason: "ENTERED_IN_ERROR", duplicateOf: "", explanation: "", correction: "Entered twice." };
      return (await import("@/app/editor/claims/actions.ts")).withdrawClaimAction(idle, form(fields));
    },
  },
  "app/editor/claims/actions.ts#deleteClaimAction": {
    allowed: ["editor", "admin"],
    run: async (f, caller) => {
      const { claim } = await (await import("./support/workbench.ts")).matrixPrerequisites(f, caller);
      return (await import("@/app/editor/claims/actions.ts")).deleteClaimAction(idle, form({ id: claim.id, version: claim.version, reason: "A test draft." }));
    },
  },
  "app/editor/duplicates/actions.ts#dismissDuplicatePairAction": {
    allowed: ["editor", "admin"],
    run: async (f, caller) => {
      const support = await import("./support/workbench.ts");
      const { claim } = await support.matrixPrerequisites(f, caller);
      const other = await support.matrixPrerequisites(f, caller);
      const otherClaimId = other.claim.id === claim.id ? claim.id + 1 : other.claim.id;
      return (await import("@/app/editor/duplicates/actions.ts")).dismissDuplicatePairAction(idle, form({ claimId: claim.id, otherClaimId }));
    },
  },
  "app/editor/duplicates/actions.ts#restoreDuplicatePairAction": {
    allowed: ["editor", "admin"],
    run: async (f, caller) => {
      const support = await import("./support/workbench.ts");
      const { claim } = await support.matrixPrerequisites(f, caller);
      const other = await support.matrixPrerequisites(f, caller);
      const pair = { claimId: Math.min(claim.id, other.claim.id), otherClaimId: Math.max(claim.id, other.claim.id) + (claim.id === other.claim.id ? 1 : 0) };
      if (caller === "editor" || caller === "admin") {
        await f.prisma.dismissedDuplicatePair.create({ data: pair });
      }
      return (await import("@/app/editor/duplicates/actions.ts")).restoreDuplicatePairAction(idle, form(pair));
    },
  },
  "app/editor/outcomes/actions.ts#createOutcomeAction": {
    allowed: ["editor", "admin"],
    run: async () =>
      (await import("@/app/editor/outcomes/actions.ts")).createOutcomeAction(idle, form({ title: "Talks resumed", occurredAt: "2025-03-13", url: "https://example.org/talks" })),
  },
  "app/editor/outcomes/actions.ts#updateOutcomeAction": {
    allowed: ["editor", "admin"],
    run: async (f, caller) => {
      const { outcome } = await (await import("./support/workbench.ts")).matrixPrerequisites(f, caller);
      const fields = { id: outcome.id, title: `Talks resumed ${f.unique()}`, occurredAt: "2025-03-14", url: "https://example.org/talks" };
      return (await import("@/app/editor/outcomes/actions.ts")).updateOutcomeAction(idle, form(fields));
    },
  },
  "app/editor/claimants/actions.ts#updateClaimantAction": {
    allowed: ["editor", "admin"],
    prepare: async (f) => (await f.prisma.claimant.create({ data: { slug: f.unique(), name: "Turkish FM Cavusoglu" } })).id,
    run: async (f, _caller, claimantId) => {
      const claimant = await f.prisma.claimant.findUniqueOrThrow({ where: { id: claimantId } });
      const fields = { id: claimantId, updatedAt: claimant.updatedAt.toISOString(), name: `Mevlut Cavusoglu ${f.unique()}`, kind: "PERSON", aliases: "Turkish FM Cavusoglu", wikidataId: "Q312590" };
      return (await import("@/app/editor/claimants/actions.ts")).updateClaimantAction(idle, form(fields));
    },
  },
  "app/editor/claimants/actions.ts#mergeClaimantsAction": {
    allowed: ["editor", "admin"],
    // The claimant of a fresh claim merges into a new "Merge survivor" (for a refused caller: what exists).
    prepare: async (f, caller) => {
      const { claim } = await (await import("./support/workbench.ts")).matrixPrerequisites(f, caller);
      await f.prisma.claimant.create({ data: { slug: f.unique(), name: "Merge survivor" } });
      return claim.claimantId;
    },
    run: async (f, _caller, mergedId) => {
      const survivor = await f.prisma.claimant.findFirstOrThrow({ where: { name: "Merge survivor" }, orderBy: { id: "desc" } });
      return (await import("@/app/editor/claimants/actions.ts")).mergeClaimantsAction(idle, form({ survivorId: survivor.id, mergedId }));
    },
  },
  "app/editor/outcomes/actions.ts#deleteOutcomeAction": {
    allowed: ["editor", "admin"],
    prepare: async (f) => (await f.prisma.outcome.create({ data: { title: `Unused ${f.unique()}`, occurredAt: new Date("2025-03-13") } })).id,
    run: async (_f, _caller, outcomeId) => (await import("@/app/editor/outcomes/actions.ts")).deleteOutcomeAction(idle, form({ id: outcomeId, reason: "" })),
  },
  "app/editor/sources/actions.ts#createSourceAction": {
    allowed: ["editor", "admin"],
    run: async (f) =>
      (await sourceActions()).createSourceAction(idle, form({ title: `Source ${f.unique()}`, publisher: "", author: "", url: "", publishedAt: "", body: "Some article text." })),
  },
  "app/editor/sources/actions.ts#updateSourceAction": {
    allowed: ["editor", "admin"],
    prepare: async (f) => (await f.prisma.source.create({ data: { title: `Source ${f.unique()}`, body: "Old text." } })).id,
    run: async (_f, _caller, sourceId) => (await sourceActions()).updateSourceAction(idle, form({ id: sourceId, title: "Renamed", body: "New text.", versionReason: "The article was corrected." })),
  },
  "app/editor/sources/actions.ts#deleteSourceAction": {
    allowed: ["editor", "admin"],
    prepare: async (f) => (await f.prisma.source.create({ data: { title: `Source ${f.unique()}`, body: "Unused." } })).id,
    run: async (_f, _caller, sourceId) => (await sourceActions()).deleteSourceAction(idle, form({ id: sourceId })),
  },
  "app/editor/sources/actions.ts#dismissSuggestionAction": {
    allowed: ["editor", "admin"],
    prepare: async (f) => (await f.prisma.source.create({ data: { title: `Source ${f.unique()}`, body: SUGGESTION_BODY } })).id,
    run: async (_f, _caller, sourceId) => (await sourceActions()).dismissSuggestionAction(idle, form({ sourceId, ...SUGGESTION_SPAN })),
  },
  "app/editor/sources/actions.ts#dismissSuggestionsAction": {
    allowed: ["editor", "admin"],
    prepare: async (f) => (await f.prisma.source.create({ data: { title: `Source ${f.unique()}`, body: SUGGESTION_BODY } })).id,
    run: async (_f, _caller, sourceId) => {
      const data = form({ sourceId });
      data.append("suggestion", `${SUGGESTION_SPAN.start}:${SUGGESTION_SPAN.end}:${SUGGESTION_SPAN.text}`);
      data.append("suggestion", `0:4:${SUGGESTION_BODY.slice(0, 4)}`);
      return (await sourceActions()).dismissSuggestionsAction(idle, data);
    },
  },
  "app/editor/sources/actions.ts#restoreSuggestionAction": {
    allowed: ["editor", "admin"],
    prepare: async (f) => {
      const source = await f.prisma.source.create({ data: { title: `Source ${f.unique()}`, body: SUGGESTION_BODY } });
      await f.prisma.dismissedSuggestion.create({ data: { sourceId: source.id, ...SUGGESTION_SPAN } });
      return source.id;
    },
    run: async (_f, _caller, sourceId) => (await sourceActions()).restoreSuggestionAction(idle, form({ sourceId, ...SUGGESTION_SPAN })),
  },
  "app/editor/sources/actions.ts#addAppearanceAction": {
    allowed: ["editor", "admin"],
    // A claim of Anna Berg's and a new article in which she repeats it.
    prepare: async (f) => {
      const claimant =
        (await f.prisma.claimant.findUnique({ where: { slug: "matrix-anna-berg" } })) ??
        (await f.prisma.claimant.create({ data: { slug: "matrix-anna-berg", name: "Anna Berg" } }));
      const first = await f.prisma.source.create({ data: { title: `Source ${f.unique()}`, body: `Minister Anna Berg said: "${APPEARANCE_WORDS}." Nobody objected.` } });
      await f.prisma.claim.create({
        data: { quote: APPEARANCE_WORDS, summary: "The bridge opens in May.", claimantId: claimant.id, sourceId: first.id, statedAt: new Date("2025-01-01"), kind: "PROMISE" },
      });
      return (await f.prisma.source.create({ data: { title: `Source ${f.unique()}`, body: `"${APPEARANCE_WORDS}," Anna Berg told reporters. Engineers disagreed.` } })).id;
    },
    run: async (f, _caller, sourceId) => {
      const claim = await f.prisma.claim.findFirstOrThrow({ where: { quote: APPEARANCE_WORDS }, orderBy: { id: "desc" } });
      const start = 1;
      return (await sourceActions()).addAppearanceAction(idle, form({ sourceId, start, end: start + APPEARANCE_WORDS.length, text: APPEARANCE_WORDS, claimId: claim.id }));
    },
  },
  "app/editor/import/actions.ts#importClaimsAction": {
    allowed: ["editor", "admin"],
    run: async (f) => {
      const data = form({ intent: "apply" });
      const csv = `external_id,quote,summary,claimant,stated_at,kind\r\n${f.unique()},Imported words,Summary,Imported Person,2025-01-01,PROMISE\r\n`;
      data.set("file", new File([csv], "claims.csv", { type: "text/csv" }));
      return (await import("@/app/editor/import/actions.ts")).importClaimsAction(idle, data);
    },
  },
};

const REFUSAL_MESSAGES = ["Sign in to do this.", "You do not have permission to do this.", PASSWORD_CHANGE_REQUIRED];

async function classify(call: () => Promise<unknown>): Promise<{ outcome: "allowed" | "refused" | "failed"; detail: unknown }> {
  try {
    const result = (await call()) as { status?: string; message?: string } | undefined;
    if (result?.status === "error" && REFUSAL_MESSAGES.includes(result.message ?? "")) return { outcome: "refused", detail: result };
    if (result?.status === "success") return { outcome: "allowed", detail: result };
    return { outcome: "failed", detail: result };
  } catch (error) {
    if (error instanceof AuthorizationError) return { outcome: "refused", detail: error.message };
    // An action may send the user on after a success (redirect() throws); it never does for a refused call.
    if (isRedirectError(error)) return { outcome: "allowed", detail: { redirectedTo: getURLFromRedirectError(error) } };
    return { outcome: "failed", detail: error };
  }
}

const { database, prisma, users } = useMigratedDatabase({
  appDatabase: true,
  users: {
    admin: { role: "ADMIN" },
    editor: { role: "EDITOR" },
    disabled: { role: "ADMIN", disabledAt: new Date() },
    target: { role: "EDITOR" },
    mustChange: { role: "EDITOR", mustChangePassword: true },
  },
});
let counter = 0;
const fixture: Fixture = { prisma, users, unique: () => `matrix-${++counter}` };

/** A fingerprint of every row of every table: equal fingerprints mean nothing was written. */
async function fingerprint(): Promise<string> {
  const client = new pg.Client(database.url);
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const parts: string[] = [];
    for (const { name } of tables) {
      const { rows } = await client.query(`SELECT count(*) AS n, coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') AS h FROM ${name} t`);
      parts.push(`${name}:${rows[0].n}:${rows[0].h}`);
    }
    return parts.join("\n");
  } finally {
    await client.end();
  }
}

function callerId(caller: Caller): number | null {
  return caller === "anonymous" ? null : fixture.users[caller].id;
}

describe("authorization matrix", () => {
  it("lists every Server Action and mutating route handler of the app, and nothing else", () => {
    const surface = discoverServerSurface();
    expect(surface.inlineActions, "put Server Actions in a 'use server' module and list them here").toEqual([]);
    expect(Object.keys(MATRIX).sort()).toEqual([...surface.actions, ...surface.mutatingRoutes].sort());
  });

  const runnable = Object.entries(MATRIX).filter((entry): entry is [string, Extract<Entry, { allowed: unknown }>] => "allowed" in entry[1]);
  describe.each(runnable)("%s", (_name, entry) => {
    it.each(CALLERS)("as %s", async (caller) => {
      // Changing their own password lifts the flag and raises the session version: each call starts
      // with the flag as the caller's name says, in a session that is current.
      await prisma.user.update({ where: { id: users.mustChange.id }, data: { mustChangePassword: true } });
      const id = callerId(caller);
      actAs(id, { sessionVersion: id === null ? 0 : (await prisma.user.findUniqueOrThrow({ where: { id } })).sessionVersion });
      const expected = entry.allowed.includes(caller) ? "allowed" : "refused";
      const prepared = (await entry.prepare?.(fixture, caller)) ?? 0;
      const before = expected === "refused" ? await fingerprint() : undefined;
      const { outcome, detail } = await classify(() => entry.run(fixture, caller, prepared));
      expect(outcome, JSON.stringify(detail, Object.getOwnPropertyNames(detail ?? {}))).toBe(expected);
      if (before !== undefined) expect(await fingerprint()).toBe(before);
    });
  });
});
