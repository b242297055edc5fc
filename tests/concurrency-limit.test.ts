import { describe, expect, it } from "vitest";
import { concurrencyLimit } from "@/lib/platform/concurrency-limit.ts";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("concurrencyLimit", () => {
  it("runs at most `limit` tasks at once, the others in the order they came, and every one to its end", async () => {
    const run = concurrencyLimit(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const results = await Promise.all(
      Array.from({ length: 7 }, (_, i) =>
        run(async () => {
          started.push(i);
          running += 1;
          most = Math.max(most, running);
          await tick();
          running -= 1;
          return i * 10;
        }),
      ),
    );
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(results).toEqual([0, 10, 20, 30, 40, 50, 60]);
  });

  it("frees a task's place when it fails, and passes the failure on", async () => {
    const run = concurrencyLimit(1);
    const failing = run(async () => {
      await tick();
      throw new Error("database unavailable");
    });
    const next = run(async () => "ran");
    await expect(failing).rejects.toThrow("database unavailable");
    expect(await next).toBe("ran");
    expect(await run(async () => "and again")).toBe("and again");
  });
});
