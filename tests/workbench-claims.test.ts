import pg from "pg";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { AuthorizationError, DomainError } from "@/lib/errors.ts";
import { changeStatus, createClaim, publishClaim, StaleVersionError, unpublishClaim, updateClaim } from "@/lib/workbench/claims.ts";
import { linkOutcome } from "@/lib/workbench/outcomes.ts";
import { useMigratedDatabase } from "./support/test-database.ts";
import { claimInput, createClaimBasics, createTestClaim, createTestOutcome, SOURCE_BODY } from "./support/workbench.ts";

const {
  database,
  prisma,
  users: { editor, otherEditor },
} = useMigratedDatabase({ users: { editor: { role: "EDITOR" }, otherEditor: { role: "EDITOR" } } });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail("expected a rejection"),
    (error: unknown) => error,
  );
}

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client(database.url);
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Makes every ClaimEvent insert fail while `run` runs: a failure after the claim row was written. */
async function withFailingEvents<T>(run: () => Promise<T>): Promise<T> {
  await sql(`CREATE FUNCTION fail_event() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'event write failed (test)'; END $$`);
  await sql(`CREATE TRIGGER fail_event BEFORE INSERT ON "ClaimEvent" FOR EACH ROW EXECUTE FUNCTION fail_event()`);
  try {
    return await run();
  } finally {
    await sql(`DROP TRIGGER fail_event ON "ClaimEvent"`);
    await sql(`DROP FUNCTION fail_event()`);
  }
}

const eventsOf = (claimId: number) => prisma.claimEvent.findMany({ where: { claimId }, orderBy: { id: "asc" } });

describe("createClaim", () => {
  it("writes the claim, its anchor in the source and a CREATED event", async () => {
    const basics = await createClaimBasics(prisma);
    const claim = await createClaim(prisma, editor, claimInput(basics));

    const start = SOURCE_BODY.indexOf("tangible progress");
    expect(claim).toMatchObject({
      quote: "tangible progress",
      claimantId: basics.claimantId,
      sourceId: basics.sourceId,
      anchorExact: "tangible progress",
      anchorStart: start,
      anchorEnd: start + "tangible progress".length,
      anchorPrefix: SOURCE_BODY.slice(start - 32, start),
      statedAt: new Date("2023-05-02T00:00:00Z"),
      tags: ["peace-treaty", "us-mediation"],
      status: "PENDING",
      visibility: "DRAFT",
      publishedAt: null,
      version: 1,
      createdById: editor.id,
    });
    expect(await eventsOf(claim.id)).toMatchObject([{ type: "CREATED", actorId: editor.id }]);
  });

  it("writes a PUBLISHED event too when created published", async () => {
    const claim = await createTestClaim(prisma, editor, { visibility: "PUBLISHED" });
    expect(claim.visibility).toBe("PUBLISHED");
    expect(claim.publishedAt).toBeInstanceOf(Date);
    expect((await eventsOf(claim.id)).map((event) => event.type)).toEqual(["CREATED", "PUBLISHED"]);
  });

  it("creates a new claimant typed in the form, with a unique slug", async () => {
    const first = await createTestClaim(prisma, editor, { claimantId: "new", claimantName: "Ilham Əliyev", claimantTitle: "President of Azerbaijan" });
    const claimant = await prisma.claimant.findUniqueOrThrow({ where: { id: first.claimantId } });
    expect(claimant).toMatchObject({ name: "Ilham Əliyev", title: "President of Azerbaijan", slug: "ilham-aliyev" });

    await prisma.claimant.create({ data: { slug: "nikol-pashinyan", name: "Someone Else" } });
    const second = await createTestClaim(prisma, editor, { claimantId: "new", claimantName: "Nikol Pashinyan" });
    expect((await prisma.claimant.findUniqueOrThrow({ where: { id: second.claimantId } })).slug).toBe("nikol-pashinyan-2");
  });

  it("uses the existing claimant when a new claimant's name is already one, case and accents aside", async () => {
    const existing = await prisma.claimant.findFirstOrThrow({ where: { name: "Ilham Əliyev" } });
    const basics = await createClaimBasics(prisma);
    const before = await prisma.claimant.count();
    const claim = await createClaim(prisma, editor, claimInput(basics, { claimantId: "new", claimantName: "ilham aliyev", claimantTitle: "Someone else's title" }));
    expect(claim.claimantId).toBe(existing.id);
    expect(await prisma.claimant.count()).toBe(before);
    expect((await prisma.claimant.findUniqueOrThrow({ where: { id: existing.id } })).title).toBe("President of Azerbaijan");
  });

  it("refuses bad input field by field", async () => {
    const basics = await createClaimBasics(prisma);
    const error = await rejection(
      createClaim(prisma, editor, claimInput(basics, { quote: "   ", statedAt: "2023-02-30", kind: "GUESS" as never, claimantId: "new" })),
    );
    expect(error).toBeInstanceOf(ZodError);
    const paths = (error as ZodError).issues.map((issue) => issue.path.join("."));
    expect(paths.sort()).toEqual(["claimantName", "kind", "quote", "statedAt"]);
  });

  it("refuses a quote that is not in the source, and asks which occurrence of an ambiguous one", async () => {
    const basics = await createClaimBasics(prisma);
    const missing = await rejection(createClaim(prisma, editor, claimInput(basics, { quote: "no such words" })));
    expect((missing as DomainError).fieldErrors.quote).toHaveLength(1);

    const ambiguous = await rejection(createClaim(prisma, editor, claimInput(basics, { quote: "within" })));
    expect((ambiguous as DomainError).fieldErrors.quoteOccurrence?.[0]).toMatch(/occur 2 times/);

    const second = await createClaim(prisma, editor, claimInput(basics, { quote: "within", quoteOccurrence: 2 }));
    expect(second.anchorStart).toBe(SOURCE_BODY.lastIndexOf("within"));
  });

  it("keeps a claim without a source unanchored", async () => {
    const claim = await createTestClaim(prisma, editor, { sourceId: "", quote: "Words said on television" });
    expect(claim).toMatchObject({ sourceId: null, anchorExact: null, anchorStart: null, anchorEnd: null });
  });

  it("is refused to an actor without the editor role", async () => {
    const basics = await createClaimBasics(prisma);
    await expect(createClaim(prisma, { id: editor.id, role: "READER" as never }, claimInput(basics))).rejects.toBeInstanceOf(AuthorizationError);
  });

  it("leaves neither claim, nor new claimant, nor event when the event write fails", async () => {
    const basics = await createClaimBasics(prisma);
    const counts = async () => [await prisma.claim.count(), await prisma.claimant.count(), await prisma.claimEvent.count()];
    const before = await counts();
    await withFailingEvents(async () => {
      const error = await rejection(createClaim(prisma, editor, claimInput(basics, { claimantId: "new", claimantName: "Never Stored" })));
      expect(String(error)).toMatch(/event write failed/);
    });
    expect(await counts()).toEqual(before);
    expect(await prisma.claimant.findFirst({ where: { name: "Never Stored" } })).toBeNull();
  });
});

describe("updateClaim", () => {
  it("saves the changes, bumps the version and records only the changed fields", async () => {
    const claim = await createTestClaim(prisma, editor);
    const other = await createClaimBasics(prisma);
    const updated = await updateClaim(prisma, otherEditor, claim.id, 1, {
      quote: "within sight, within reach",
      summary: claim.summary,
      claimantId: other.claimantId,
      statedAt: "2023-06-01",
      kind: "ASSERTION",
      tags: ["us-mediation", "peace-treaty"].join(", "),
    });
    expect(updated.version).toBe(2);
    expect(updated).toMatchObject({ anchorExact: "within sight, within reach", anchorStart: SOURCE_BODY.indexOf("within sight") });

    const edited = (await eventsOf(claim.id)).at(-1)!;
    expect(edited).toMatchObject({ type: "EDITED", actorId: otherEditor.id });
    expect(edited.diff).toEqual({
      quote: { from: "tangible progress", to: "within sight, within reach" },
      claimantId: { from: claim.claimantId, to: other.claimantId },
      statedAt: { from: "2023-05-02", to: "2023-06-01" },
      tags: { from: ["peace-treaty", "us-mediation"], to: ["us-mediation", "peace-treaty"] },
    });
  });

  it("refuses a save that changes nothing", async () => {
    const claim = await createTestClaim(prisma, editor);
    const error = await rejection(updateClaim(prisma, editor, claim.id, 1, { summary: claim.summary }));
    expect((error as DomainError).message).toMatch(/Nothing to save/);
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(1);
  });

  it("refuses the second of two editors who opened the same version, overwriting nothing", async () => {
    const claim = await createTestClaim(prisma, editor);
    await updateClaim(prisma, editor, claim.id, 1, { summary: "First editor's summary." });

    const error = await rejection(updateClaim(prisma, otherEditor, claim.id, 1, { summary: "Second editor's summary.", kind: "PROMISE" }));
    expect(error).toBeInstanceOf(StaleVersionError);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as StaleVersionError).message).toBe("This claim changed since you opened it.");
    expect((error as StaleVersionError).current).toMatchObject({ version: 2, summary: "First editor's summary.", kind: "ASSERTION", statedAt: "2023-05-02" });

    const stored = await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored).toMatchObject({ version: 2, summary: "First editor's summary.", kind: "ASSERTION" });
    expect((await eventsOf(claim.id)).map((event) => event.type)).toEqual(["CREATED", "EDITED"]);
  });

  it("lets exactly one of two simultaneous saves of the same version through", async () => {
    const claim = await createTestClaim(prisma, editor);
    const results = await Promise.allSettled([
      updateClaim(prisma, editor, claim.id, 1, { summary: "A" }),
      updateClaim(prisma, otherEditor, claim.id, 1, { summary: "B" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(StaleVersionError);
    const stored = await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored.version).toBe(2);
    expect((await eventsOf(claim.id)).filter((event) => event.type === "EDITED")).toHaveLength(1);
  });

  it("changes nothing when the EDITED event cannot be written", async () => {
    const claim = await createTestClaim(prisma, editor);
    await withFailingEvents(() => rejection(updateClaim(prisma, editor, claim.id, 1, { summary: "Lost" })));
    expect(await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ version: 1, summary: claim.summary });
  });

  it("refuses a missing claim", async () => {
    await expect(updateClaim(prisma, editor, 999_999, 1, { summary: "x" })).rejects.toThrow("That claim does not exist.");
  });
});

describe("changeStatus", () => {
  it("needs a rationale", async () => {
    const claim = await createTestClaim(prisma, editor);
    for (const rationale of ["", "   \n"]) {
      const error = await rejection(changeStatus(prisma, editor, claim.id, 1, { status: "IN_PROGRESS", rationale }));
      expect(error).toBeInstanceOf(ZodError);
      expect((error as ZodError).issues[0]?.path).toEqual(["rationale"]);
    }
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("PENDING");
  });

  it("refuses a verdict without a linked outcome, and allows it with one", async () => {
    const claim = await createTestClaim(prisma, editor);
    for (const status of ["FULFILLED", "PARTIALLY_FULFILLED", "NOT_FULFILLED"] as const) {
      const error = await rejection(changeStatus(prisma, editor, claim.id, 1, { status, rationale: "It happened." }));
      expect((error as DomainError).fieldErrors.status?.[0]).toMatch(/link at least one outcome/);
    }
    expect(await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "PENDING", version: 1 });

    const outcome = await createTestOutcome(prisma, editor);
    await linkOutcome(prisma, editor, claim.id, 1, { outcomeId: outcome.id, relation: "SUPPORTS" });
    const changed = await changeStatus(prisma, editor, claim.id, 2, { status: "FULFILLED", rationale: "  The declaration was signed.  " });
    expect(changed).toMatchObject({ status: "FULFILLED", version: 3 });
    expect((await eventsOf(claim.id)).at(-1)).toMatchObject({
      type: "STATUS_CHANGED",
      fromStatus: "PENDING",
      toStatus: "FULFILLED",
      rationale: "The declaration was signed.",
      actorId: editor.id,
    });
  });

  it("refuses a change to the status the claim already has", async () => {
    const claim = await createTestClaim(prisma, editor);
    await expect(changeStatus(prisma, editor, claim.id, 1, { status: "PENDING", rationale: "Still waiting." })).rejects.toThrow(/already/);
  });

  it("refuses a stale version", async () => {
    const claim = await createTestClaim(prisma, editor);
    await changeStatus(prisma, editor, claim.id, 1, { status: "IN_PROGRESS", rationale: "Talks started." });
    await expect(changeStatus(prisma, otherEditor, claim.id, 1, { status: "STALLED", rationale: "Talks stopped." })).rejects.toBeInstanceOf(StaleVersionError);
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("IN_PROGRESS");
  });

  it("keeps the claim's status equal to its latest STATUS_CHANGED event, whatever happens", async () => {
    const claim = await createTestClaim(prisma, editor);
    const outcome = await createTestOutcome(prisma, editor, "Talks stalled");
    await linkOutcome(prisma, editor, claim.id, 1, { outcomeId: outcome.id, relation: "CONTRADICTS" });
    const steps = ["IN_PROGRESS", "STALLED", "STALLED", "NOT_FULFILLED", "UNVERIFIABLE", "PARTIALLY_FULFILLED"] as const;
    for (const status of steps) {
      const { version } = await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
      await changeStatus(prisma, editor, claim.id, version, { status, rationale: `Now ${status}.` }).catch(() => undefined);
      // A stale attempt is refused and must not break the invariant either.
      await changeStatus(prisma, editor, claim.id, version, { status: "PENDING", rationale: "Stale." }).catch(() => undefined);
    }
    const mismatches = await sql(`
      SELECT c.id, c.status, e."toStatus"
        FROM "Claim" c
        LEFT JOIN LATERAL (
          SELECT "toStatus" FROM "ClaimEvent" WHERE "claimId" = c.id AND type = 'STATUS_CHANGED' ORDER BY at DESC, id DESC LIMIT 1
        ) e ON true
       WHERE c.status::text IS DISTINCT FROM coalesce(e."toStatus"::text, 'PENDING')`);
    expect(mismatches).toEqual([]);
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("PARTIALLY_FULFILLED");
  });
});

describe("publishClaim / unpublishClaim", () => {
  it("sets and clears publishedAt, bumps the version and records each step", async () => {
    const claim = await createTestClaim(prisma, editor);
    const published = await publishClaim(prisma, editor, claim.id, 1);
    expect(published).toMatchObject({ visibility: "PUBLISHED", version: 2 });
    expect(published.publishedAt).toBeInstanceOf(Date);
    await expect(publishClaim(prisma, editor, claim.id, 2)).rejects.toThrow("already published");

    const unpublished = await unpublishClaim(prisma, otherEditor, claim.id, 2);
    expect(unpublished).toMatchObject({ visibility: "DRAFT", version: 3, publishedAt: null });
    await expect(unpublishClaim(prisma, editor, claim.id, 3)).rejects.toThrow("already a draft");
    await expect(publishClaim(prisma, editor, claim.id, 2)).rejects.toBeInstanceOf(StaleVersionError);

    expect((await eventsOf(claim.id)).map((event) => [event.type, event.actorId])).toEqual([
      ["CREATED", editor.id],
      ["PUBLISHED", editor.id],
      ["UNPUBLISHED", otherEditor.id],
    ]);
  });
});

describe("ClaimEvent", () => {
  it("is append-only in the database: no UPDATE, DELETE or TRUNCATE", async () => {
    const claim = await createTestClaim(prisma, editor);
    const [event] = await eventsOf(claim.id);
    await expect(sql(`UPDATE "ClaimEvent" SET rationale = 'rewritten' WHERE id = $1`, [event!.id])).rejects.toThrow(/append-only/);
    await expect(sql(`DELETE FROM "ClaimEvent" WHERE id = $1`, [event!.id])).rejects.toThrow(/append-only/);
    await expect(sql(`TRUNCATE "ClaimEvent" CASCADE`)).rejects.toThrow(/append-only/);
    await expect(prisma.claimEvent.delete({ where: { id: event!.id } })).rejects.toThrow();
    expect(await eventsOf(claim.id)).toEqual([event]);
  });
});
