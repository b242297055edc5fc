import { afterEach, describe, expect, it } from "vitest";
import { listenOnChannel, type ChannelListener } from "@/lib/platform/postgres/channel-listener.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

/*
 * The one LISTEN connection both the page cache and the job queue keep
 * (lib/platform/postgres/channel-listener.ts): notifications arrive in order, a lost connection is
 * reported and replaced, and the listener says when it listens again so its user can catch up.
 */

const { database, prisma } = useMigratedDatabase();
const APPLICATION = "channel-listener-test";
const running: ChannelListener[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((listener) => listener.stop()));
});

async function within(ms: number, condition: () => boolean) {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function listen(channel: string) {
  const heard: (string | undefined)[] = [];
  const lost: string[] = [];
  let listening = 0;
  const listener = listenOnChannel({
    connectionString: database.url,
    channel,
    applicationName: APPLICATION,
    onNotification: (payload) => heard.push(payload),
    onListening: () => void (listening += 1),
    onLost: (reason) => lost.push(reason),
    heartbeatMs: 500,
    retryMs: 100,
  });
  running.push(listener);
  return { listener, heard, lost, listening: () => listening };
}

describe("listening on a PostgreSQL channel", () => {
  it("hears what is sent on its channel, in order, and nothing sent on another", async () => {
    const one = listen("channel_one");
    await within(5_000, () => one.listening() === 1);
    await prisma.$executeRaw`SELECT pg_notify('channel_two', 'elsewhere')`;
    await prisma.$executeRaw`SELECT pg_notify('channel_one', 'first')`;
    expect(await one.listener.notify("second")).toBe(true);
    await within(2_000, () => one.heard.length === 2);
    expect(one.heard).toEqual(["first", "second"]);
  });

  it("reports a connection cut by the server, listens again and says so, and hears what is sent then", async () => {
    const one = listen("channel_cut");
    await within(5_000, () => one.listening() === 1);
    await prisma.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ${APPLICATION}`;
    await within(5_000, () => one.lost.length === 1 && one.listening() === 2);
    await prisma.$executeRaw`SELECT pg_notify('channel_cut', 'after')`;
    await within(2_000, () => one.heard.length === 1);
    expect(one.heard).toEqual(["after"]);
  });

  it("sends nothing once stopped, and keeps no connection", async () => {
    const one = listen("channel_stopped");
    await within(5_000, () => one.listening() === 1);
    await one.listener.stop();
    expect(await one.listener.notify("too late")).toBe(false);
    // PostgreSQL ends the backend a moment after the client has gone.
    let connections = -1;
    const deadline = performance.now() + 2_000;
    while (connections !== 0 && performance.now() < deadline) {
      const [row] = await prisma.$queryRaw<{ count: number }[]>`SELECT count(*)::integer AS count FROM pg_stat_activity WHERE application_name = ${APPLICATION}`;
      connections = row!.count;
    }
    expect(connections).toBe(0);
  });
});
