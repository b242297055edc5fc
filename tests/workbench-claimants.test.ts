/**
 * Claimants in the workbench (issue 14): editing through the Server Action (field errors keep the
 * input), renames that keep the old public address working, merges, and aliases in search, in the
 * claim form's name lookup and in the suggestions' speakers. Real PostgreSQL; only the session
 * cookie and Next.js's cache are replaced.
 */
import { getURLFromRedirectError } from "next/dist/client/components/redirect.js";
import { isRedirectError } from "next/dist/client/components/redirect-error.js";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ZodError } from "zod";
import { mergeClaimantsAction, updateClaimantAction } from "@/app/editor/claimants/actions.ts";
import { claimantRole } from "@/lib/claimant-labels.ts";
import { DomainError } from "@/lib/errors.ts";
import { currentClaimantSlug, getClaimantPage } from "@/lib/public/public-claimants.ts";
import { parseClaimSearch, searchClaims } from "@/lib/public/search.ts";
import { claimantFormValues } from "@/lib/workbench/claimant-form-values.ts";
import { listClaimantsForEditor, mergeClaimants, STALE_CLAIMANT, updateClaimant } from "@/lib/workbench/claimants.ts";
import { createClaim, publishClaim } from "@/lib/workbench/claims.ts";
import { loadSuggestions } from "@/lib/workbench/suggestions.ts";
import { actAs } from "./support/session.ts";
import { useMigratedDatabase } from "./support/test-database.ts";
import { claimInput, createClaimBasics } from "./support/workbench.ts";

vi.mock("@/lib/accounts/session.ts", () => import("./support/session.ts"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const {
  prisma,
  users: { editor },
} = useMigratedDatabase({ appDatabase: true, users: { editor: { role: "EDITOR" } } });

const idle = { status: "idle" } as const;

function form(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
}

let counter = 0;
async function newClaimant(name: string, data: { aliases?: string[]; title?: string } = {}) {
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${++counter}`;
  return prisma.claimant.create({ data: { name, slug, ...data } });
}

/** A claim of this claimant, published unless `draft`. */
async function claimOf(claimantId: number, { draft = false, quote = "tangible progress" } = {}) {
  const { sourceId } = await createClaimBasics(prisma);
  const claim = await createClaim(prisma, editor, claimInput({ claimantId, sourceId }, { quote, summary: `Claim ${++counter}.` }));
  if (!draft) await publishClaim(prisma, editor, claim.id, claim.version);
  return prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
}

/** The form as the edit page fills it, with these fields changed. */
async function editForm(id: number, changes: Record<string, string>) {
  const claimant = await prisma.claimant.findUniqueOrThrow({ where: { id } });
  return form({ id, updatedAt: claimant.updatedAt.toISOString(), ...claimantFormValues(claimant), ...changes });
}

const searchQuotes = async (query: string) =>
  (await searchClaims(parseClaimSearch(new URLSearchParams(query)).search, { prisma })).items.map((claim) => claim.quote);

beforeAll(() => actAs(editor.id));

describe("editing a claimant", () => {
  it("refuses a bad Wikidata id and an empty name, each next to its field, keeping what was typed and writing nothing", async () => {
    const claimant = await newClaimant("Jeyhun Bayramov", { title: "Foreign Minister of Azerbaijan" });
    const typed = { name: "  ", wikidataId: "Q0123", organisation: "Ministry of Foreign Affairs", aliases: "Ceyhun Bayramov\nJ. Bayramov" };
    const state = await updateClaimantAction(idle, await editForm(claimant.id, typed));
    expect(state.status).toBe("error");
    expect(state.fieldErrors?.name).toEqual(["Enter the name."]);
    expect(state.fieldErrors?.wikidataId?.[0]).toMatch(/Q followed by its number/);
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["name", "wikidataId"]);
    expect(state.values).toMatchObject(typed);
    expect(await prisma.claimant.findUniqueOrThrow({ where: { id: claimant.id } })).toEqual(claimant);
  });

  it.each([
    ["Q", "wikidataId"],
    ["312590", "wikidataId"],
    ["https://www.wikidata.org/wiki/Q312590", "wikidataId"],
    ["q312590", "wikidataId"],
  ])("refuses the Wikidata id %s", async (wikidataId, field) => {
    const claimant = await newClaimant("Someone");
    const state = await updateClaimantAction(idle, await editForm(claimant.id, { wikidataId }));
    expect(Object.keys(state.fieldErrors ?? {})).toEqual([field]);
  });

  it("refuses a role that ends before it began, and dates without a role", async () => {
    const claimant = await newClaimant("Ararat Mirzoyan");
    const backwards = await updateClaimantAction(idle, await editForm(claimant.id, { title: "Foreign Minister of Armenia", titleFrom: "2021-08-19", titleUntil: "2020-01-01" }));
    expect(backwards.fieldErrors).toEqual({ titleUntil: ["The role cannot end before it began."] });
    const orphanDates = await updateClaimantAction(idle, await editForm(claimant.id, { title: "", titleFrom: "2021-08-19" }));
    expect(orphanDates.fieldErrors).toEqual({ title: ["Enter the title or role these dates belong to."] });
  });

  it("saves every field of a seeded-like claimant: kind, role with dates, organisation, country, aliases, Wikidata id, description", async () => {
    const claimant = await prisma.claimant.create({
      data: { slug: "ilham-aliyev", name: "Ilham Aliyev", title: "President of Azerbaijan", organisation: null, country: "Azerbaijan" },
    });
    const state = await updateClaimantAction(
      idle,
      await editForm(claimant.id, {
        titleFrom: "2003-10-31",
        organisation: "Presidential Administration",
        country: "Republic of Azerbaijan",
        aliases: "İlham Əliyev\n\n  Ilham Aliyev  \nPresident Aliyev\npresident aliyev\n",
        wikidataId: " Q312590 ",
        description: "President of Azerbaijan since 2003.",
      }),
    );
    expect(state).toMatchObject({ status: "success", message: "Saved." });
    const saved = await prisma.claimant.findUniqueOrThrow({ where: { id: claimant.id } });
    expect(saved).toMatchObject({
      slug: "ilham-aliyev",
      organisation: "Presidential Administration",
      country: "Republic of Azerbaijan",
      // Blank lines and the claimant's own name dropped, each alias once (case aside); another spelling kept.
      aliases: ["İlham Əliyev", "President Aliyev"],
      wikidataId: "Q312590",
      description: "President of Azerbaijan since 2003.",
    });
    expect(claimantRole(saved)).toBe("President of Azerbaijan, 2003–");
    expect(claimantRole({ title: "US President", titleFrom: new Date("2021-01-20"), titleUntil: new Date("2025-01-20") })).toBe("US President, 2021–2025");

    const organisation = await updateClaimantAction(idle, await editForm(claimant.id, { kind: "ORGANISATION" }));
    expect(organisation.status).toBe("success");
    expect((await prisma.claimant.findUniqueOrThrow({ where: { id: claimant.id } })).kind).toBe("ORGANISATION");
  });

  it("refuses a save made from a page older than someone else's save, keeping the input", async () => {
    const claimant = await newClaimant("Hikmet Hajiyev");
    const stale = await editForm(claimant.id, { country: "Azerbaijan" });
    expect((await updateClaimantAction(idle, await editForm(claimant.id, { organisation: "Presidential Administration" }))).status).toBe("success");
    const state = await updateClaimantAction(idle, stale);
    expect(state).toMatchObject({ status: "error", message: STALE_CLAIMANT, values: { country: "Azerbaijan" } });
    expect((await prisma.claimant.findUniqueOrThrow({ where: { id: claimant.id } })).country).toBeNull();
  });

  it("finds claimants by name, alias, role or country, case and accents aside", async () => {
    await newClaimant("Mevlüt Çavuşoğlu", { aliases: ["Turkish FM Cavusoglu"], title: "Foreign Minister of Türkiye" });
    expect((await listClaimantsForEditor(prisma, "cavusoglu")).map((row) => row.name)).toContain("Mevlüt Çavuşoğlu");
    expect((await listClaimantsForEditor(prisma, "turkish fm")).map((row) => row.name)).toContain("Mevlüt Çavuşoğlu");
    expect((await listClaimantsForEditor(prisma, "TÜRKIYE")).map((row) => row.name)).toContain("Mevlüt Çavuşoğlu");
    expect(await listClaimantsForEditor(prisma, "100%_none")).toEqual([]);
  });
});

describe("renaming a claimant", () => {
  it("moves its public page to the new name's address; the old address leads there, also after a second rename", async () => {
    const claimant = await prisma.claimant.create({ data: { slug: "armenia", name: "Armenia" } });
    await claimOf(claimant.id);
    const first = await updateClaimant(prisma, editor, claimant.id, claimant.updatedAt, { ...claimantFormValues(claimant), name: "Government of Armenia", kind: "ORGANISATION" });
    expect(first).toMatchObject({ claimant: { slug: "government-of-armenia" }, formerSlug: "armenia" });
    expect(await getClaimantPage("armenia", prisma)).toBeNull();
    expect(await currentClaimantSlug("armenia", prisma)).toBe("government-of-armenia");
    expect((await getClaimantPage("government-of-armenia", prisma))?.claimant.name).toBe("Government of Armenia");

    const second = await updateClaimant(prisma, editor, claimant.id, first.claimant.updatedAt, { ...claimantFormValues(first.claimant), name: "Armenian Government" });
    expect(second.claimant.slug).toBe("armenian-government");
    expect(await currentClaimantSlug("armenia", prisma)).toBe("armenian-government");
    expect(await currentClaimantSlug("government-of-armenia", prisma)).toBe("armenian-government");
    // The search's claimant filter follows a former address too.
    expect(await searchQuotes("claimant=armenia")).toEqual(await searchQuotes("claimant=armenian-government"));
    expect(await searchQuotes("claimant=armenia")).toHaveLength(1);

    // Back to the first name: the first address is live again, the others lead to it.
    const back = await updateClaimant(prisma, editor, claimant.id, second.claimant.updatedAt, { ...claimantFormValues(second.claimant), name: "Armenia" });
    expect(back.claimant.slug).toBe("armenia");
    expect(await currentClaimantSlug("armenia", prisma)).toBeNull();
    expect(await currentClaimantSlug("armenian-government", prisma)).toBe("armenia");
  });

  it("keeps the address when the new name spells the same one, and never takes another claimant's former address", async () => {
    const mevlut = await prisma.claimant.create({ data: { slug: "mevlut-cavusoglu", name: "Mevlut Cavusoglu" } });
    const accents = await updateClaimant(prisma, editor, mevlut.id, mevlut.updatedAt, { ...claimantFormValues(mevlut), name: "Mevlüt Çavuşoğlu" });
    expect(accents).toMatchObject({ claimant: { slug: "mevlut-cavusoglu" }, formerSlug: null });

    const renamed = await prisma.claimant.create({ data: { slug: "nikol-pashinyan-old", name: "N. Pashinyan" } });
    const moved = await updateClaimant(prisma, editor, renamed.id, renamed.updatedAt, { ...claimantFormValues(renamed), name: "Nikol Pashinyan PM" });
    expect(moved.formerSlug).toBe("nikol-pashinyan-old");
    const other = await prisma.claimant.create({ data: { slug: "someone", name: "Someone Else" } });
    const clash = await updateClaimant(prisma, editor, other.id, other.updatedAt, { ...claimantFormValues(other), name: "Nikol Pashinyan Old" });
    expect(clash.claimant.slug).toBe("nikol-pashinyan-old-2");
    expect(await currentClaimantSlug("nikol-pashinyan-old", prisma)).toBe("nikol-pashinyan-pm");
  });
});

describe("merging claimants", () => {
  it("moves every claim to the survivor with one history entry each, makes the merged names aliases and its addresses redirects, and deletes it", async () => {
    const survivor = await newClaimant("Mevlut Cavusoglu", { aliases: ["Mevlüt Çavuşoğlu"] });
    const merged = await newClaimant("Turkish FM Cavusoglu", { aliases: ["FM Cavusoglu", "MEVLUT CAVUSOGLU"] });
    await prisma.claimantRedirect.create({ data: { slug: "turkish-fm-old", claimantId: merged.id } });
    const own = await claimOf(survivor.id);
    const moving = [await claimOf(merged.id), await claimOf(merged.id, { draft: true }), await claimOf(merged.id)];
    const eventsBefore = await prisma.claimEvent.count();

    const result = await mergeClaimants(prisma, editor, { survivorId: String(survivor.id), mergedId: String(merged.id) });
    expect(result).toEqual({ survivor: { id: survivor.id, name: survivor.name }, merged: { id: merged.id, name: merged.name }, movedClaims: 3 });

    for (const claim of moving) {
      const after = await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
      expect(after).toMatchObject({ claimantId: survivor.id, version: claim.version + 1 });
      const events = await prisma.claimEvent.findMany({ where: { claimId: claim.id, at: { gte: after.updatedAt } }, orderBy: { id: "asc" } });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        type: "EDITED",
        actorId: editor.id,
        rationale: "Merged “Turkish FM Cavusoglu” into “Mevlut Cavusoglu”.",
        diff: { claimantId: { from: merged.id, to: survivor.id } },
      });
    }
    expect(await prisma.claimEvent.count()).toBe(eventsBefore + 3);
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: own.id } })).version).toBe(own.version);

    expect(await prisma.claimant.findUnique({ where: { id: merged.id } })).toBeNull();
    // Its name and aliases, each once and never the survivor's own name (case aside).
    expect((await prisma.claimant.findUniqueOrThrow({ where: { id: survivor.id } })).aliases).toEqual(["Mevlüt Çavuşoğlu", "Turkish FM Cavusoglu", "FM Cavusoglu"]);
    expect(await currentClaimantSlug(merged.slug, prisma)).toBe(survivor.slug);
    expect(await currentClaimantSlug("turkish-fm-old", prisma)).toBe(survivor.slug);
    expect((await getClaimantPage(survivor.slug, prisma))?.claims).toHaveLength(3);
  });

  it("through the action: sends the editor to the survivor's page", async () => {
    const survivor = await newClaimant("Joe Biden");
    const merged = await newClaimant("President Biden");
    await claimOf(merged.id);
    const thrown = await mergeClaimantsAction(idle, form({ survivorId: survivor.id, mergedId: merged.id })).catch((error: unknown) => error);
    expect(isRedirectError(thrown)).toBe(true);
    expect(getURLFromRedirectError(thrown as never)).toBe(`/editor/claimants/${survivor.id}?merged=1`);
  });

  it("refuses merging a claimant into itself, and a claimant that no longer exists, writing nothing", async () => {
    const survivor = await newClaimant("Antony Blinken");
    const claim = await claimOf(survivor.id);
    const self = await mergeClaimantsAction(idle, form({ survivorId: survivor.id, mergedId: survivor.id }));
    expect(self).toMatchObject({ status: "error", fieldErrors: { mergedId: ["Choose another claimant: a claimant cannot be merged into itself."] } });
    await expect(mergeClaimants(prisma, editor, { survivorId: survivor.id, mergedId: survivor.id })).rejects.toThrow(ZodError);

    const gone = await newClaimant("Blinken");
    await prisma.claimant.delete({ where: { id: gone.id } });
    const events = await prisma.claimEvent.count();
    const stale = await mergeClaimantsAction(idle, form({ survivorId: survivor.id, mergedId: gone.id }));
    expect(stale).toMatchObject({ status: "error", fieldErrors: { mergedId: [expect.stringMatching(/no longer exists/)] } });
    await expect(mergeClaimants(prisma, editor, { survivorId: gone.id, mergedId: survivor.id })).rejects.toThrow(DomainError);
    expect(await prisma.claimEvent.count()).toBe(events);
    expect(await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ claimantId: survivor.id, version: claim.version });
    expect(await prisma.claimant.findUniqueOrThrow({ where: { id: survivor.id } })).toMatchObject({ aliases: [] });
  });
});

describe("aliases", () => {
  it("find a claimant's claims in the public search, and a change of aliases reaches the search at once", async () => {
    const claimant = await newClaimant("Hakan Fidan");
    await claimOf(claimant.id, { quote: "within reach" });
    expect(await searchQuotes("q=turkish fm fidan")).toEqual([]);
    await updateClaimant(prisma, editor, claimant.id, claimant.updatedAt, { ...claimantFormValues(claimant), aliases: "Turkish FM Fidan\nFidan, Hakan" });
    expect(await searchQuotes("q=turkish fm fidan")).toEqual(["within reach"]);
    const updated = await prisma.claimant.findUniqueOrThrow({ where: { id: claimant.id } });
    await updateClaimant(prisma, editor, claimant.id, updated.updatedAt, { ...claimantFormValues(updated), aliases: "" });
    expect(await searchQuotes("q=turkish fm fidan")).toEqual([]);
  });

  describe("in suggestions, on a database of their own (no other Cavusoglu)", () => {
    const { prisma: fresh } = useMigratedDatabase();

    it("resolve a suggested speaker to the existing claimant instead of offering a new one (“Turkish FM Cavusoglu”)", async () => {
      const body =
        "ANKARA, March 3 - Turkey will support the peace process between Armenia and Azerbaijan, Turkish FM Cavusoglu said on Tuesday.\n\n" +
        '"We will open the border once a peace treaty is signed," Turkish FM Cavusoglu told reporters in Ankara.';
      const source = await fresh.source.create({ data: { title: "Turkey and the talks", body, publishedAt: new Date("2022-03-03") } });
      const claimant = await fresh.claimant.create({ data: { slug: "mevlut-cavusoglu", name: "Mevlut Cavusoglu" } });
      const speakers = async () => (await loadSuggestions(fresh, source.id))?.map((suggestion) => suggestion.claimant);
      // "Turkish FM" is his title, written out; the only claimant with his last name is him.
      const existing = { id: claimant.id, name: "Mevlut Cavusoglu", title: null };
      expect(await speakers()).toEqual([existing, existing]);

      // Another Cavusoglu with another title: the last name no longer decides, so a new claimant is offered...
      const other = await fresh.claimant.create({ data: { slug: "ayse-cavusoglu", name: "Ayse Cavusoglu", title: "Mayor of Izmir" } });
      const offered = { id: null, name: "Cavusoglu", title: "Turkish Foreign Minister" };
      expect(await speakers()).toEqual([offered, offered]);
      // ...until his alias says who "Turkish FM Cavusoglu" is, however it was typed.
      await fresh.claimant.update({ where: { id: claimant.id }, data: { aliases: ["Mevlüt Çavuşoğlu", "turkish fm çavuşoğlu"] } });
      expect(await speakers()).toEqual([existing, existing]);
      await fresh.claimant.delete({ where: { id: other.id } });
    });
  });

  it("resolve a claimant's name typed in the claim form to the existing claimant", async () => {
    const claimant = await newClaimant("Charles Michel", { aliases: ["President of the European Council Michel"] });
    const { sourceId } = await createClaimBasics(prisma);
    const claim = await createClaim(prisma, editor, claimInput({ claimantId: 0, sourceId }, { claimantId: "new", claimantName: "president of the european council michel" }));
    expect(claim.claimantId).toBe(claimant.id);
  });
});
