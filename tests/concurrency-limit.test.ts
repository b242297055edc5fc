import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/internal-errors.ts";
import { BusyError, concurrencyLimit } from "@/lib/platform/concurrency-limit.ts";

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

describe("concurrencyLimit with a longest wait", () => {
  it("fails a task that waited too long with BusyError, without running it, and keeps serving the others in order", async () => {
    const run = concurrencyLimit(1, { maxWaitMs: 30 });
    const ran: string[] = [];
    const slow = run(async () => {
      await new Promise((resolve) => setTimeout(resolve, 60));
      ran.push("slow");
    });
    const late = run(async () => void ran.push("late"));
    await expect(late).rejects.toBeInstanceOf(BusyError);
    await slow;
    expect(ran).toEqual(["slow"]);
    // The place the late task never took is free: the next tasks run in turn.
    expect(await Promise.all([run(async () => 1), run(async () => 2)])).toEqual([1, 2]);
  });

  it("counts as the database being unavailable: a 503 for the reader", () => {
    expect(isDatabaseUnavailable(new BusyError("Waited 5000 ms for one of 4 places."))).toBe(true);
  });
});
