import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/accounts/redirects.ts";

const origin = "http://localhost:3000";

describe("safeCallbackPath", () => {
  it.each([
    ["/editor", "/editor"],
    ["/admin/users?tab=new#form", "/admin/users?tab=new#form"],
    ["http://localhost:3000/editor", "/editor"],
  ])("keeps the same-site path %s", (raw, expected) => {
    expect(safeCallbackPath(raw, origin)).toBe(expected);
  });

  it.each([
    "https://evil.example/phish",
    "//evil.example/phish",
    "/\\evil.example",
    "javascript:alert(1)",
    "http://localhost:3001/editor",
    "https://localhost:3000/editor",
    "editor",
    "",
  ])("refuses %s as an open redirect", (raw) => {
    expect(safeCallbackPath(raw, origin, "/fallback")).toBe("/fallback");
  });

  it("falls back when there is no callback", () => {
    expect(safeCallbackPath(undefined, origin)).toBe("/");
    expect(safeCallbackPath(null, origin, "/editor")).toBe("/editor");
  });
});
