import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy.ts";

const post = (length: number, cookie = true) =>
  proxy(
    new NextRequest("http://localhost:3000/editor/import", {
      method: "POST",
      headers: { "content-length": String(length), ...(cookie ? { cookie: "next-auth.session-token=x" } : {}) },
    }),
  );

describe("the upload limit at the door", () => {
  it("refuses a 50 MB form post with 413 and a message naming the limits, signed in or not", async () => {
    for (const cookie of [true, false]) {
      const response = await post(50 * 1024 * 1024, cookie);
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({
        error: "The upload is 50 MB; the server takes at most 6 MB at once (a source file up to 2 MB, a claims CSV up to 5 MB).",
      });
    }
  });

  it("lets a post within the limit through to the app", async () => {
    const response = await post(5 * 1024 * 1024);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });
});
