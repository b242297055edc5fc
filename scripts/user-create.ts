/**
 * `npm run user:create -- --email ada@example.org --name "Ada Lovelace" --role ADMIN [--reset-password]`
 *
 * Creates an account (the first admin, typically), or with --reset-password sets a new password for
 * an existing one, in the database `npm start` uses: DATABASE_URL when set, else the embedded
 * PostgreSQL in .data/postgres — the server `npm start` runs there now, or one started (and
 * migrated) for this command and stopped after it. `--embedded` and `--data-dir` mean what they
 * mean to `npm start`. The password comes from CLAIM_LEDGER_PASSWORD or, in a terminal, from a
 * hidden prompt asked twice — never from the command line, where `ps` and the shell history would
 * keep it. Whoever it was made for chooses their own at their first sign-in.
 */
import { parseArgs } from "node:util";
import nextEnv from "@next/env";
import { z } from "zod";
import { createPrismaClient } from "@/lib/platform/db.ts";
import { DomainError } from "@/lib/errors.ts";
import { MIN_PASSWORD_LENGTH, passwordSchema } from "@/lib/accounts/passwords.ts";
import { applyMigrations } from "@/lib/platform/migrations/runner.ts";
import { DEFAULT_DATA_DIR, runningAppDatabaseUrl, startAppDatabase } from "@/lib/platform/postgres/app-database.ts";
import { createUserSchema, createUserWithPassword, emailSchema, resetPassword } from "@/lib/accounts/users.ts";

const USAGE = `usage: npm run user:create -- --email <address> --name <name> --role ADMIN|EDITOR [--embedded] [--data-dir dir]
       npm run user:create -- --email <address> --reset-password [--embedded] [--data-dir dir]

The password is read from CLAIM_LEDGER_PASSWORD or, in a terminal, asked for (hidden, twice).
It needs at least ${MIN_PASSWORD_LENGTH} characters; the user chooses their own at their first sign-in.
The database is the one npm start uses: DATABASE_URL, else (or with --embedded) the embedded
PostgreSQL in ${DEFAULT_DATA_DIR} (or --data-dir).`;

/** A problem the user can fix; printed without a stack trace. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly showUsage = false,
  ) {
    super(message);
  }
}

function parseCommandLine(argv: string[]) {
  if (argv.some((arg) => arg === "--password" || arg.startsWith("--password=") || arg === "-p")) {
    throw new UsageError(
      "--password is not accepted: a password on the command line is visible to other users (ps) and kept in your shell history.\n" +
        "Set CLAIM_LEDGER_PASSWORD in the environment, or leave it unset in a terminal to be asked for it.",
    );
  }
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string" },
        "reset-password": { type: "boolean", default: false },
        embedded: { type: "boolean", default: false },
        "data-dir": { type: "string", default: DEFAULT_DATA_DIR },
        help: { type: "boolean", short: "h", default: false },
      },
    });
    return values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), true);
  }
}

function firstIssue(error: z.ZodError, label: string): string {
  const issue = error.issues[0];
  const field = issue?.path.join(".") || label;
  return `${field}: ${issue?.message ?? "invalid"}`;
}

function parseOrExplain<T>(schema: z.ZodType<T>, value: unknown, label: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new UsageError(firstIssue(result.error, label));
  return result.data;
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  const { stdin, stderr } = process;
  return new Promise((resolve, reject) => {
    // Echo off before the prompt appears, so nothing typed after it is ever shown.
    stdin.setRawMode(true);
    stderr.write(question);
    stdin.resume();
    stdin.setEncoding("utf8");
    let answer = "";
    const finish = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      stderr.write("\n");
      if (error) reject(error);
      else resolve(answer);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n") return finish();
        if (char === "\u0003" || char === "\u0004") return finish(new UsageError("Cancelled."));
        if (char === "\u007f" || char === "\b") answer = answer.slice(0, -1);
        else if (char >= " ") answer += char;
      }
    };
    stdin.on("data", onData);
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.CLAIM_LEDGER_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== "") return fromEnv;
  if (!process.stdin.isTTY) {
    throw new UsageError("No password: set CLAIM_LEDGER_PASSWORD, or run this in a terminal to be asked for it.");
  }
  const first = await promptHidden("Password: ");
  parseOrExplain(passwordSchema, first, "password");
  const second = await promptHidden("Repeat the password: ");
  if (first !== second) throw new UsageError("The two passwords differ; nothing was changed.");
  return first;
}

async function main(): Promise<void> {
  const options = parseCommandLine(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const reset = options["reset-password"];
  if (reset && (options.name !== undefined || options.role !== undefined)) {
    throw new UsageError("--reset-password only sets a password; change the name or role on the admin page.");
  }
  const email = parseOrExplain(emailSchema, options.email ?? "", "email");
  const input = reset
    ? null
    : parseOrExplain(createUserSchema, { email, name: options.name ?? "", role: (options.role ?? "").toUpperCase() }, "input");

  nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production", { info: () => {}, error: console.error });
  const password = parseOrExplain(passwordSchema, await readPassword(), "password");

  const database = await openDatabase(options.embedded ? undefined : process.env.DATABASE_URL, options["data-dir"]);
  const prisma = createPrismaClient(database.url);
  try {
    if (input) {
      const existing = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } });
      if (existing) {
        throw new UsageError(`A user with the email ${input.email} already exists. Use --reset-password to give them a new password.`);
      }
      const user = await createUserWithPassword(prisma, input, password);
      console.log(`Created ${user.role} ${user.name} <${user.email}> (id ${user.id}). They sign in at /signin, then choose their own password.`);
    } else {
      const user = await resetPassword(prisma, email, password);
      console.log(`Set a new password for ${user.name} <${user.email}>; their sessions have ended. They choose their own at their next sign-in.`);
      if (user.disabledAt) console.log("Note: this account is disabled; an admin must re-enable it before it can sign in.");
    }
  } finally {
    await prisma.$disconnect();
    await database.close();
  }
}

/**
 * The database `npm start` uses (scripts/run.ts): `configured` (DATABASE_URL) when set; else the
 * embedded server on `dataDir` that `npm start` runs now; else that server started here, migrated
 * as `npm start` would, and stopped again by `close`.
 */
async function openDatabase(configured: string | undefined, dataDir: string): Promise<{ url: string; close(): Promise<void> }> {
  if (configured) return { url: configured, close: async () => {} };
  const running = runningAppDatabaseUrl(dataDir);
  if (running) {
    console.log(`Using the embedded PostgreSQL that is running on ${dataDir}.`);
    return { url: running, close: async () => {} };
  }
  console.log(`Starting the embedded PostgreSQL on ${dataDir} for this command.`);
  const { server, ownerUrl } = await startAppDatabase({ dataDir });
  try {
    await applyMigrations({ connectionString: ownerUrl });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: ownerUrl, close: () => server.stop() };
}

main().catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof DomainError) {
    console.error(`user:create: ${error.message}`);
    if (error instanceof UsageError && error.showUsage) console.error(`\n${USAGE}`);
  } else {
    // Unexpected (database unreachable, …): one line, never a stack trace. Prisma puts the reason
    // on the last line of its message, after a code excerpt.
    const message = error instanceof Error ? error.message : String(error);
    const reason = message.trim().split("\n").filter(Boolean).at(-1) ?? "unknown error";
    console.error(`user:create failed: ${reason}`);
  }
  process.exitCode = 1;
});
