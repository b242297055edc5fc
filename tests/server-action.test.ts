/**
 * serverAction (lib/actions.ts), the one shape of every Server Action: guard → parse → call →
 * revalidate → state. The guard is the real one (requireRole re-reads the user from the database);
 * only the session cookie and Next.js's cache are replaced.
 */
import { getURLFromRedirectError } from "next/dist/client/components/redirect.js";
import { isRedirectError } from "next/dist/client/components/redirect-error.js";
import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { INVALID_INPUT, UNEXPECTED_ERROR } from "@/lib/action-state.ts";
import { serverAction, type ServerAction, type ServerActionOptions } from "@/lib/actions.ts";
import type { CurrentUser } from "@/lib/accounts/auth.ts";
import { DomainError } from "@/lib/errors.ts";
import { fromClaimError, type WorkbenchFormState } from "@/lib/workbench/action-results.ts";
import { StaleVersionError, type ClaimSnapshot } from "@/lib/workbench/claim-version.ts";
import { actAs } from "./support/session.ts";
import { useMigratedDatabase } from "./support/test-database.ts";
import { createClaimBasics } from "./support/workbench.ts";

vi.mock("@/lib/accounts/session.ts", () => import("./support/session.ts"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const { prisma, users } = useMigratedDatabase({
  appDatabase: true,
  users: { admin: { role: "ADMIN" }, editor: { role: "EDITOR" }, disabled: { role: "ADMIN", disabledAt: new Date() } },
});

const idle = { status: "idle" } as const;

/** The generic message of an unexpected error, followed by its six-hex-digit id (the first group). */
const withErrorId = new RegExp(`^${UNEXPECTED_ERROR.replaceAll(".", "\\.")} Error id: ([0-9a-f]{6})\\.$`);

function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** Each step of the probe, in the order it ran. */
let steps: string[] = [];

const probeSchema = z
  .object({
    name: z.string().trim().min(1, "Enter a name."),
    slug: z.string().regex(/^[a-z-]+$/, "Lower-case letters and dashes only."),
  })
  .transform((input) => {
    steps.push("parse");
    return input;
  });

/** An admin-only action that writes a claimant: what a refused call must not do. */
function probe(overrides: Partial<ServerActionOptions<typeof probeSchema, { id: number; actor: CurrentUser }, { id: number }>> = {}) {
  return serverAction<typeof probeSchema, { id: number; actor: CurrentUser }, { id: number }>({
    role: "ADMIN",
    fields: ["name", "slug"],
    schema: probeSchema,
    run: async (input, actor) => {
      steps.push("run");
      const claimant = await prisma.claimant.create({ data: { name: input.name, slug: input.slug } });
      return { id: claimant.id, actor };
    },
    revalidate: (result) => {
      steps.push("revalidate");
      return ["/claimants", [`/claimants/${result.id}`, "layout"]];
    },
    state: (result, input) => {
      steps.push("state");
      return { status: "success", message: `Saved ${input.name}.`, data: { id: result.id } };
    },
    ...overrides,
  });
}

const claimantCount = () => prisma.claimant.count();

/** Where a thrown redirect() sends the user; null for anything else. */
const redirectedTo = (thrown: unknown) => (isRedirectError(thrown) ? getURLFromRedirectError(thrown) : null);

beforeEach(() => {
  steps = [];
  vi.mocked(revalidatePath).mockClear();
});

afterEach(() => {
  vi.restoreAllMocks();
  actAs(null);
});

describe("the guard", () => {
  it.each([
    ["anonymous", null, "Sign in to do this."],
    ["a disabled admin", "disabled", "Sign in to do this."],
    ["an editor, for an admin action", "editor", "You do not have permission to do this."],
  ] as const)("refuses %s before anything is read or parsed, echoes the input and writes nothing", async (_who, caller, message) => {
    actAs(caller === null ? null : users[caller].id);
    const read = vi.fn((_formData: FormData, values: Record<string, string>) => values);
    const before = await claimantCount();
    // Invalid input: a refused caller must not learn that it is invalid.
    const state = await probe({ read })(idle, form({ name: "", slug: "NOT A SLUG", file: new Blob(["x"]) }));
    expect(state).toEqual({ status: "error", message, values: { name: "", slug: "NOT A SLUG" } });
    expect(read).not.toHaveBeenCalled();
    expect(steps).toEqual([]);
    expect(revalidatePath).not.toHaveBeenCalled();
    expect(await claimantCount()).toBe(before);
  });

  it("refuses a caller who sends something other than form data, cleanly", async () => {
    actAs(null);
    const state = await probe()(idle, { name: "x" } as unknown as FormData);
    expect(state).toEqual({ status: "error", message: "Sign in to do this.", values: {} });
    actAs(users.admin.id);
    expect(await probe()(idle, "junk" as unknown as FormData)).toMatchObject({ status: "error", fieldErrors: { name: expect.any(Array) } });
  });

  it("reads the user again on every call: one disabled after signing in is refused on the next call", async () => {
    const admin = await prisma.user.create({ data: { email: "soon-disabled@example.org", name: "Soon Disabled", role: "ADMIN" } });
    actAs(admin.id);
    expect((await probe()(idle, form({ name: "First", slug: "first" }))).status).toBe("success");
    await prisma.user.update({ where: { id: admin.id }, data: { disabledAt: new Date() } });
    const before = await claimantCount();
    expect(await probe()(idle, form({ name: "Second", slug: "second" }))).toMatchObject({ status: "error", message: "Sign in to do this." });
    expect(await claimantCount()).toBe(before);
  });
});

describe("the input", () => {
  it("gives each invalid field its messages, echoes what was typed and calls nothing", async () => {
    actAs(users.admin.id);
    const before = await claimantCount();
    const state = await probe()(idle, form({ name: " ", slug: "Bad Slug", other: "not echoed" }));
    expect(state).toEqual({
      status: "error",
      message: INVALID_INPUT,
      fieldErrors: { name: ["Enter a name."], slug: ["Lower-case letters and dashes only."] },
      values: { name: " ", slug: "Bad Slug" },
    });
    expect(steps).toEqual([]);
    expect(revalidatePath).not.toHaveBeenCalled();
    expect(await claimantCount()).toBe(before);
  });

  it("treats a ZodError thrown by lib/ like a failed parse", async () => {
    actAs(users.admin.id);
    const run = async (): Promise<never> => {
      z.object({ slug: z.string().min(50, "Too short.") }).parse({ slug: "x" });
      throw new Error("not reached");
    };
    const state = await probe({ run })(idle, form({ name: "Ada", slug: "ada" }));
    expect(state).toEqual({ status: "error", message: INVALID_INPUT, fieldErrors: { slug: ["Too short."] }, values: { name: "Ada", slug: "ada" } });
  });

  it("reads the input with `read` once the guard passed, and echoes what it read", async () => {
    actAs(users.admin.id);
    const read = vi.fn(async (formData: FormData, values: Record<string, string>) => {
      const file = formData.get("file") as File;
      return { ...values, slug: await file.text(), file };
    });
    const state = await probe({ read })(idle, form({ name: "Ada", file: new File(["Not A Slug"], "slug.txt") }));
    expect(read).toHaveBeenCalledOnce();
    expect(state).toMatchObject({ status: "error", fieldErrors: { slug: ["Lower-case letters and dashes only."] }, values: { name: "Ada", slug: "Not A Slug" } });
  });
});

describe("errors", () => {
  it("passes on a domain error's message and field errors, with the input", async () => {
    actAs(users.admin.id);
    const run = async () => {
      throw new DomainError("That slug is taken.", { slug: ["Choose another slug."] });
    };
    expect(await probe({ run })(idle, form({ name: "Ada", slug: "ada" }))).toEqual({
      status: "error",
      message: "That slug is taken.",
      fieldErrors: { slug: ["Choose another slug."] },
      values: { name: "Ada", slug: "ada" },
    });
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("hides an unexpected error behind the generic message, logs it and keeps the input", async () => {
    actAs(users.admin.id);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const error = new Error('duplicate key value violates unique constraint "Claimant_slug_key" postgresql://app:secret@db/ledger');
    const run = async () => {
      throw error;
    };
    const state = await probe({ run })(idle, form({ name: "Ada", slug: "ada" }));
    expect(state).toEqual({ status: "error", message: expect.stringMatching(withErrorId), values: { name: "Ada", slug: "ada" } });
    expect(JSON.stringify(state)).not.toMatch(/secret|constraint|Claimant_slug_key/);
    const id = withErrorId.exec(state.message!)![1];
    expect(log).toHaveBeenCalledWith(expect.stringContaining(`[error ${id}]`), error);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("uses the action's own error mapper: a stale claim becomes a conflict", async () => {
    actAs(users.editor.id);
    const current = { id: 7, version: 4 } as ClaimSnapshot;
    const action: ServerAction<WorkbenchFormState> = serverAction({
      role: "EDITOR",
      fields: ["name", "slug"],
      schema: probeSchema,
      run: async () => {
        throw new StaleVersionError(current);
      },
      state: () => ({ status: "success" }),
      errors: fromClaimError,
    });
    const state = await action(idle, form({ name: "Ada", slug: "ada" }));
    expect(state).toMatchObject({ status: "error", values: { name: "Ada", slug: "ada" }, data: { conflict: current } });
  });
});

describe("success", () => {
  it("runs as the guarded user with the parsed input, then revalidates, then returns the state", async () => {
    actAs(users.admin.id);
    let actor: CurrentUser | undefined;
    const action = probe({
      state: (result, input) => {
        actor = result.actor;
        steps.push("state");
        return { status: "success", message: `Saved ${input.name}.`, data: { id: result.id } };
      },
    });
    const state = await action(idle, form({ name: "  Ada Lovelace  ", slug: "ada-lovelace" }));
    const claimant = await prisma.claimant.findUniqueOrThrow({ where: { slug: "ada-lovelace" } });
    expect(state).toEqual({ status: "success", message: "Saved Ada Lovelace.", data: { id: claimant.id } });
    expect(claimant.name).toBe("Ada Lovelace"); // z.output: trimmed
    expect(actor).toMatchObject({ id: users.admin.id, role: "ADMIN" });
    expect(steps).toEqual(["parse", "run", "revalidate", "state"]);
    expect(vi.mocked(revalidatePath).mock.calls).toEqual([["/claimants"], [`/claimants/${claimant.id}`, "layout"]]);
  });

  it("revalidates nothing when given no paths", async () => {
    actAs(users.admin.id);
    const state = await probe({ revalidate: undefined })(idle, form({ name: "Quiet", slug: "quiet" }));
    expect(state.status).toBe("success");
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("redirects after revalidating, outside the error handling", async () => {
    actAs(users.admin.id);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const action = probe({ redirect: (result) => `/claimants/${result.id}` });
    const thrown = await action(idle, form({ name: "Grace", slug: "grace" })).then(
      () => undefined,
      (error: unknown) => error,
    );
    const claimant = await prisma.claimant.findUniqueOrThrow({ where: { slug: "grace" } });
    expect(redirectedTo(thrown)).toBe(`/claimants/${claimant.id}`);
    expect(revalidatePath).toHaveBeenCalledTimes(2);
    expect(log).not.toHaveBeenCalled();
  });

  it("does not redirect after a failure", async () => {
    actAs(users.admin.id);
    const redirect = vi.fn(() => "/somewhere");
    const state = await probe({ redirect })(idle, form({ name: "", slug: "x" }));
    expect(state.status).toBe("error");
    expect(redirect).not.toHaveBeenCalled();
  });

  it("lets Next.js's own control flow thrown by lib/ through rather than reporting a failure", async () => {
    actAs(users.admin.id);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const run = async (): Promise<never> => notFound();
    await expect(probe({ run })(idle, form({ name: "Ada", slug: "ada" }))).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) });
    expect(log).not.toHaveBeenCalled();
  });
});

describe("createClaimAction", () => {
  it("sends the editor to the new claim's page", async () => {
    actAs(users.editor.id);
    const { createClaimAction } = await import("@/app/editor/claims/actions.ts");
    const { claimantId } = await createClaimBasics(prisma);
    const fields = { quote: "We will finish the bridge", summary: "The bridge will be finished.", claimantId: String(claimantId), statedAt: "2024-05-01", kind: "PROMISE", tags: "" };
    const thrown = await createClaimAction(idle, form(fields)).then(
      () => undefined,
      (error: unknown) => error,
    );
    const claim = await prisma.claim.findFirstOrThrow({ where: { claimantId }, orderBy: { id: "desc" } });
    expect(redirectedTo(thrown)).toBe(`/editor/claims/${claim.id}`);
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
  });

  it("keeps the form on screen with the input when the claim is refused", async () => {
    actAs(users.editor.id);
    const { createClaimAction } = await import("@/app/editor/claims/actions.ts");
    const state = await createClaimAction(idle, form({ quote: "", summary: "Typed", kind: "PROMISE" }));
    expect(state).toMatchObject({ status: "error", values: { quote: "", summary: "Typed", kind: "PROMISE" } });
  });
});

describe("actions with uploads", () => {
  it("createSourceAction takes the body and title from an uploaded file, and echoes them on an error", async () => {
    actAs(users.editor.id);
    const { createSourceAction } = await import("@/app/editor/sources/actions.ts");
    const html = "<html><head><title>Summit ends</title></head><body><p>The talks ended on Friday.</p></body></html>";
    const file = new File([html], "summit.html", { type: "text/html" });
    const refused = await createSourceAction(idle, form({ title: "", url: "not a url", body: "", file }));
    expect(refused).toMatchObject({ status: "error", fieldErrors: { url: [expect.any(String)] }, values: { title: "Summit ends", url: "not a url" } });
    expect((refused.values?.body ?? "").trim()).toBe("The talks ended on Friday.");

    const saved = await createSourceAction(idle, form({ title: "", url: "", body: "", file }));
    expect(saved).toMatchObject({ status: "success", message: "Saved “Summit ends”." });
    const source = await prisma.source.findUniqueOrThrow({ where: { id: saved.data!.id! } });
    expect(source.body.trim()).toBe("The talks ended on Friday.");
  });

  it("createSourceAction does not read an upload for a refused caller", async () => {
    actAs(null);
    const { createSourceAction } = await import("@/app/editor/sources/actions.ts");
    const file = new File(["x"], "virus.exe");
    // An unreadable kind of file would be a DomainError on the file field if it were read.
    expect(await createSourceAction(idle, form({ title: "T", body: "", file }))).toEqual({ status: "error", message: "Sign in to do this.", values: { title: "T", body: "" } });
  });

  it("importClaimsAction asks for a file when none was chosen", async () => {
    actAs(users.editor.id);
    const { importClaimsAction } = await import("@/app/editor/import/actions.ts");
    const state = await importClaimsAction(idle, form({ intent: "preview", file: new File([], "") }));
    expect(state).toMatchObject({ status: "error", fieldErrors: { file: ["Choose a CSV file first."] } });
    expect(await importClaimsAction(idle, form({ intent: "apply" }))).toMatchObject({ status: "error", fieldErrors: { file: ["Choose a CSV file first."] } });
  });
});
