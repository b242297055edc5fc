import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withClient } from "@/bench/generate.ts";
import { measureNotificationDelivery } from "@/bench/notifications-measure.ts";
import { createMigratedDatabase, type TestDatabase } from "./support/database.ts";

// A small run of the notification e-mail benchmark (bench/notifications.ts), so it cannot rot: what
// editor actions write goes out through the app's job queue to a real SMTP server, each mail once,
// and none is lost while the server refuses mail for a while. Timings are not asserted.
describe("the notification e-mail benchmark, at smoke-test scale", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createMigratedDatabase();
  });
  afterAll(() => database?.drop());

  // pg-boss sends scheduled jobs through this queue and, under the app's role, cannot create it
  // itself (it fails silently): without it the minute's mail and the daily due notices never ran.
  it("finds the queue pg-boss's schedules go through made by the migrations", async () => {
    const queues = await withClient(database.url, async (client) => (await client.query(`SELECT "name" FROM pgboss.queue ORDER BY "name"`)).rows.map((row) => row.name));
    expect(queues).toEqual(["__pgboss__send-it", "due-notices", "notification-emails"]);
  });

  it("mails every notification once, those written while the mail server refused too", async () => {
    const f = await measureNotificationDelivery(database.url, { notifications: 10, rate: 10, burst: 10, faultSeconds: 2, rawMails: 5, editors: 4, pool: true, timeoutSeconds: 20 });
    expect(f.raw).toMatchObject({ mails: 5 });
    // Each action tells one editor: 2 s before, 2 s during and 2 s after the fault at 10 actions/s.
    expect([f.steady.notifications, f.burst.notifications, f.fault.notifications]).toEqual([10, 10, 60]);
    for (const phase of [f.steady, f.burst, f.fault]) {
      expect(phase, phase.name).toMatchObject({ delivered: phase.notifications, duplicates: 0, missing: 0 });
    }
    expect(f.fault.refusedAttempts).toBeGreaterThan(0);
    expect(f.fault.heldBack).toBeGreaterThan(0);
    expect(f.fault.recoveredAfterMs).not.toBeNull();
    expect(f.unexpected).toBe(0);
  }, 60_000);
});
