import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { fromError, fromZodError } from "@/lib/action-errors.ts";
import { DATABASE_UNAVAILABLE, formValues, INVALID_INPUT, UNEXPECTED_ERROR } from "@/lib/action-state.ts";
import { AuthorizationError, DomainError } from "@/lib/errors.ts";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The generic message followed by a six-hex-digit error id; the id is the first group. */
const withId = (message: string) => new RegExp(`^${escapeRegExp(message)} Error id: ([0-9a-f]{6})\\.$`);

afterEach(() => {
  vi.restoreAllMocks();
});

describe("formValues", () => {
  it("keeps the named text fields and drops files and other fields", () => {
    const form = new FormData();
    form.set("email", " Ada@Example.org ");
    form.set("name", "");
    form.set("avatar", new Blob(["x"]), "a.png");
    form.set("$ACTION_ID_abc", "");
    expect(formValues(form, ["email", "name", "avatar", "role"])).toEqual({ email: " Ada@Example.org ", name: "" });
  });
});

describe("fromZodError", () => {
  it("gives each field its messages and echoes the values", () => {
    const schema = z.object({ email: z.email("Enter a valid email."), name: z.string().min(1, "Enter a name.") });
    const values = { email: "nope", name: "" };
    const result = schema.safeParse(values);
    expect(fromZodError(result.error!, values)).toEqual({
      status: "error",
      message: INVALID_INPUT,
      fieldErrors: { email: ["Enter a valid email."], name: ["Enter a name."] },
      values,
    });
  });

  it("uses a form-level issue as the message", () => {
    const schema = z.object({ a: z.string() }).refine(() => false, "The form as a whole is wrong.");
    expect(fromZodError(schema.safeParse({ a: "x" }).error!).message).toBe("The form as a whole is wrong.");
  });
});

describe("fromError", () => {
  it("passes on a domain error's message and field errors", () => {
    const error = new DomainError("A user with that email already exists.", { email: ["taken"] });
    expect(fromError(error, { email: "a@b.org" })).toEqual({
      status: "error",
      message: "A user with that email already exists.",
      fieldErrors: { email: ["taken"] },
      values: { email: "a@b.org" },
    });
    expect(fromError(new DomainError("Nope."))).toEqual({ status: "error", message: "Nope.", values: {} });
  });

  it("passes on an authorisation error's message", () => {
    expect(fromError(new AuthorizationError("Sign in to do this.", 401))).toEqual({ status: "error", message: "Sign in to do this.", values: {} });
  });

  it("hides anything else behind a generic message and logs it on the server", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const error = new Error("connect ECONNREFUSED postgresql://app:secret@db:5432/ledger");
    const state = fromError(error, { name: "Ada" });
    expect(state).toEqual({ status: "error", message: expect.stringMatching(withId(UNEXPECTED_ERROR)), values: { name: "Ada" } });
    expect(JSON.stringify(state)).not.toMatch(/secret|ECONNREFUSED|at /);
    const id = withId(UNEXPECTED_ERROR).exec(state.message!)![1];
    expect(log).toHaveBeenCalledOnce();
    expect(log).toHaveBeenCalledWith(expect.stringContaining(`[error ${id}]`), error);
  });

  it("says the database is unavailable when it could not be reached, with the id", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED", errno: -111, syscall: "connect" });
    expect(fromError(refused).message).toMatch(withId(DATABASE_UNAVAILABLE));
    expect(fromError(new Error("Connection terminated due to connection timeout")).message).toMatch(withId(DATABASE_UNAVAILABLE));
  });

  it("gives a new id to each error, and the same id when one error is reported again", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const first = fromError(new Error("one")).message;
    const second = fromError(new Error("two")).message;
    expect(first).not.toBe(second);
    const error = new Error("three");
    expect(fromError(error).message).toBe(fromError(error).message);
    expect(console.error).toHaveBeenCalledTimes(3);
  });
});
