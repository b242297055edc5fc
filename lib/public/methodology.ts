import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client.ts";
import type { Role } from "@/generated/prisma/enums.ts";
import { AuthorizationError, DomainError } from "@/lib/errors.ts";
import { requiredText } from "@/lib/fields.ts";
import { db } from "@/lib/platform/db.ts";
import { invalidatePaths, METHODOLOGY_PATH } from "@/lib/public/page-invalidation.ts";

/**
 * The methodology page's text: Markdown that admins write (SitePage "methodology"), shown to
 * readers under the status vocabulary's own list (lib/status.ts). Until an admin saves it, readers
 * see DEFAULT_METHODOLOGY. Raw HTML in it is never rendered (components/Markdown.tsx).
 */
const KEY = "methodology";
export const METHODOLOGY_LIMIT = 20_000;

export const DEFAULT_METHODOLOGY = `## How we choose claims

We track statements by people in public office and the organisations they speak for: promises, predictions and assertions about things that can be checked later. We take each one from a published source — a news report, a transcript, an official statement — and quote its exact words, anchored in that source, with a neutral summary beside it. We choose statements that matter to the public and can be settled by events, not opinions; we do not choose them by who said them.

## How we reach a verdict

Every claim starts as *awaiting an outcome*. When something happens that bears on it, an editor links that outcome, with its own source, and explains how it supports or contradicts the claim. A verdict — borne out, partially borne out, not borne out — needs at least one linked outcome, and every change of status is published with its rationale and date in the claim's history, so readers can follow and check each step.

## Corrections policy

We correct mistakes openly. When we change a published verdict, withdraw a published claim, or change the wording of a published quote, summary or headline in a way that changes its meaning, we publish a correction note saying what was wrong and what changed. It appears on the claim's page, on the [corrections page](/corrections) and in its [feed](/feed/corrections.xml), and in the claim's machine-readable review. Fixes that do not change the meaning, such as a typo, are kept in the claim's history. We never delete a claim readers have seen: a withdrawn claim keeps its page with the reason.

If you think we got something wrong, tell us: we look into every report.
`;

export type Methodology = { markdown: string; updatedAt: Date | null };

export async function getMethodology(prisma: PrismaClient = db): Promise<Methodology> {
  const page = await prisma.sitePage.findUnique({ where: { key: KEY }, select: { markdown: true, updatedAt: true } });
  return page ?? { markdown: DEFAULT_METHODOLOGY, updatedAt: null };
}

/** `updatedAt`: the version the admin opened, as the form holds it ("" for the default text). */
export const methodologySchema = z.object({
  markdown: requiredText("the methodology text", METHODOLOGY_LIMIT, { multiline: true }),
  updatedAt: z.string().optional().default(""),
});
export type MethodologyInput = z.input<typeof methodologySchema>;

export const METHODOLOGY_STALE = "Someone else saved the methodology since you opened it: reload the page, then make your change again.";

/**
 * Saves the text, if nobody saved it since the admin opened it (else a refusal, nothing written),
 * and drops the cached page once the transaction commits.
 */
export async function saveMethodology(prisma: PrismaClient, actor: { id: number; role: Role }, input: MethodologyInput): Promise<Methodology> {
  if (actor.role !== "ADMIN") throw new AuthorizationError("You do not have permission to do this.", 403);
  const { markdown, updatedAt } = methodologySchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<{ updatedAt: Date }[]>`SELECT "updatedAt" FROM "SitePage" WHERE "key" = ${KEY} FOR UPDATE`;
    if ((current?.updatedAt.toISOString() ?? "") !== updatedAt) throw new DomainError(METHODOLOGY_STALE);
    const saved = await tx.sitePage.upsert({
      where: { key: KEY },
      create: { key: KEY, markdown, updatedById: actor.id },
      update: { markdown, updatedById: actor.id },
      select: { markdown: true, updatedAt: true },
    });
    await invalidatePaths(tx, [METHODOLOGY_PATH]);
    return saved;
  });
}
