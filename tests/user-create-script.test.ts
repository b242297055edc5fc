import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/accounts/passwords.ts";
import { createPrismaClient } from "@/lib/platform/db.ts";
import { DEFAULT_DATA_DIR, startAppDatabase } from "@/lib/platform/postgres/app-database.ts";
import { makeTempDir } from "./support/temp-dir.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

const root = path.resolve(import.meta.dirname, "..");
const PASSWORD = "correct horse battery staple";

const { database, prisma } = useMigratedDatabase();
/** An empty working directory, so the developer's own .env.local is never read by these runs. */
let cwd: string;

beforeAll(async () => {
  cwd = await makeTempDir("user-create");
});

type Run = { code: number; stdout: string; stderr: string };

/** Runs the script as `npm run user:create` would, with stdin not a terminal. */
function run(args: string[], env: Record<string, string | undefined> = {}, workdir = cwd): Promise<Run> {
  // Not NODE_ENV=test (Next.js would then skip .env.local) nor this process's database or password.
  const childEnv: Record<string, string | undefined> = { ...process.env, TSX_TSCONFIG_PATH: path.join(root, "tsconfig.json") };
  for (const name of ["NODE_ENV", "DATABASE_URL", "CLAIM_LEDGER_PASSWORD"]) delete childEnv[name];
  Object.assign(childEnv, env);
  return new Promise((resolve) => {
    const child = execFile(
      path.join(root, "node_modules/.bin/tsx"),
      [path.join(root, "scripts/user-create.ts"), ...args],
      { cwd: workdir, env: childEnv as NodeJS.ProcessEnv, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end();
  });
}

const withDatabase = (extra: Record<string, string> = {}) => ({ DATABASE_URL: database.url, CLAIM_LEDGER_PASSWORD: PASSWORD, ...extra });

function expectNoStack(result: Run) {
  expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at |node:internal|\.ts:\d+/);
}

// Each run starts Node.js with tsx (~2 s here).
describe("npm run user:create", { timeout: 90_000 }, () => {
  it("creates an admin whose password is the one from CLAIM_LEDGER_PASSWORD", async () => {
    const result = await run(["--email", "Ada@Example.org", "--name", "Ada Lovelace", "--role", "ADMIN"], withDatabase());
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Created ADMIN Ada Lovelace <ada@example\.org>/);
    expect(result.stdout).not.toContain(PASSWORD);

    const user = await prisma.user.findUniqueOrThrow({ where: { email: "ada@example.org" } });
    // Whoever ran the command chose the password: Ada chooses her own at her first sign-in.
    expect(user).toMatchObject({ name: "Ada Lovelace", role: "ADMIN", disabledAt: null, mustChangePassword: true });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash!, PASSWORD)).toBe(true);
  });

  it("says so and exits 1 when the email exists; --reset-password sets a new password", async () => {
    await run(["--email", "grace@example.org", "--name", "Grace", "--role", "editor"], withDatabase());
    const again = await run(["--email", "GRACE@example.org", "--name", "Grace", "--role", "EDITOR"], withDatabase());
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/grace@example\.org already exists.*--reset-password/);
    expectNoStack(again);

    const newPassword = "another long passphrase";
    const reset = await run(["--email", "grace@example.org", "--reset-password"], withDatabase({ CLAIM_LEDGER_PASSWORD: newPassword }));
    expect(reset.code).toBe(0);
    expect(reset.stdout).toMatch(/new password for Grace/);
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "grace@example.org" } });
    expect(user.role).toBe("EDITOR");
    expect(await verifyPassword(user.passwordHash!, newPassword)).toBe(true);

    const unknown = await run(["--email", "nobody@example.org", "--reset-password"], withDatabase());
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No user has the email nobody@example\.org/);
  });

  it("refuses --password and explains why, without touching the database", async () => {
    for (const args of [["--password", "hunter2hunter2"], ["--password=hunter2hunter2"]]) {
      const result = await run(["--email", "mallory@example.org", "--name", "M", "--role", "ADMIN", ...args], withDatabase());
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/--password is not accepted.*shell history/s);
      expect(result.stderr).toMatch(/CLAIM_LEDGER_PASSWORD/);
      expect(result.stderr).not.toContain("hunter2");
    }
    expect(await prisma.user.count({ where: { email: "mallory@example.org" } })).toBe(0);
  });

  it("refuses a short password", async () => {
    const result = await run(["--email", "short@example.org", "--name", "S", "--role", "EDITOR"], withDatabase({ CLAIM_LEDGER_PASSWORD: "too-short" }));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/at least 12 characters/);
    expectNoStack(result);
    expect(await prisma.user.count({ where: { email: "short@example.org" } })).toBe(0);
  });

  it("refuses a missing password when stdin is not a terminal", async () => {
    const result = await run(["--email", "nopw@example.org", "--name", "N", "--role", "EDITOR"], { DATABASE_URL: database.url });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/No password: set CLAIM_LEDGER_PASSWORD/);
  });

  it("refuses bad input with the field and its problem", async () => {
    const cases: [string[], RegExp][] = [
      [["--name", "X", "--role", "ADMIN"], /email: Enter an email address/],
      [["--email", "not-an-email", "--name", "X", "--role", "ADMIN"], /valid email address/],
      [["--email", "x@example.org", "--role", "ADMIN"], /name: Enter a name/],
      [["--email", "x@example.org", "--name", "X", "--role", "OWNER"], /role: Choose a role/],
      [["--email", "x@example.org", "--name", "X"], /role: Choose a role/],
      [["--email", "x@example.org", "--reset-password", "--role", "ADMIN"], /only sets a password/],
      [["--email", "x@example.org", "--bogus"], /Unknown option '--bogus'[\s\S]*usage:/],
    ];
    const results = await Promise.all(cases.map(([args]) => run(args, withDatabase())));
    for (const [index, [args, message]] of cases.entries()) {
      const result = results[index]!;
      expect(result.code, args.join(" ")).toBe(1);
      expect(result.stderr, args.join(" ")).toMatch(message);
      expectNoStack(result);
    }
    expect(await prisma.user.count({ where: { email: "x@example.org" } })).toBe(0);
  });

  it("reads DATABASE_URL from .env.local when there", async () => {
    const project = await makeTempDir("user-create-env");
    await writeFile(path.join(project, ".env.local"), `DATABASE_URL=${database.url}\n`);
    const fromFile = await run(["--email", "env@example.org", "--name", "Env", "--role", "EDITOR"], { CLAIM_LEDGER_PASSWORD: PASSWORD }, project);
    expect(fromFile.code).toBe(0);
    expect(await prisma.user.count({ where: { email: "env@example.org" } })).toBe(1);
  });

  it("without DATABASE_URL uses the embedded PostgreSQL of `npm start`: started for the command, or the one running", { timeout: 180_000 }, async () => {
    const project = await makeTempDir("user-create-embedded");
    const dataDir = path.join(project, DEFAULT_DATA_DIR);

    // A fresh install: nothing there yet. It is made, migrated, used and stopped again.
    const first = await run(["--email", "first@example.org", "--name", "First Admin", "--role", "ADMIN"], { CLAIM_LEDGER_PASSWORD: PASSWORD }, project);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Starting the embedded PostgreSQL on \.data\/postgres for this command\.\nCreated ADMIN First Admin <first@example\.org>/);
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);

    // `npm start` finds the account in the same place (lib/platform/postgres/app-database.ts).
    const { server, ownerUrl } = await startAppDatabase({ dataDir, persistent: false, fast: true });
    const embedded = createPrismaClient(ownerUrl);
    try {
      const admin = await embedded.user.findUniqueOrThrow({ where: { email: "first@example.org" } });
      expect(admin).toMatchObject({ role: "ADMIN", mustChangePassword: true });
      expect(await verifyPassword(admin.passwordHash!, PASSWORD)).toBe(true);

      // While `npm start` runs (this process owns the server now), the command uses that server,
      // with --embedded even when DATABASE_URL names another one.
      const second = await run(["--email", "second@example.org", "--name", "Second", "--role", "EDITOR", "--embedded"], {
        CLAIM_LEDGER_PASSWORD: PASSWORD,
        DATABASE_URL: "postgresql://nobody:secret@127.0.0.1:1/none",
      }, project);
      expect(second.code).toBe(0);
      expect(second.stdout).toMatch(/Using the embedded PostgreSQL that is running on \.data\/postgres\./);
      expect(await embedded.user.count({ where: { email: "second@example.org" } })).toBe(1);
    } finally {
      await embedded.$disconnect();
      await server.stop();
    }
  });

  it("reports an unreachable database in one line", async () => {
    const result = await run(["--email", "down@example.org", "--name", "D", "--role", "EDITOR"], {
      DATABASE_URL: "postgresql://nobody:secret@127.0.0.1:1/none",
      CLAIM_LEDGER_PASSWORD: PASSWORD,
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^user:create failed: Can.t reach database server/);
    expect(result.stderr).not.toContain("secret");
  });
});
