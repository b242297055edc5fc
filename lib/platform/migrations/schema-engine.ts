import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";

/**
 * Prisma's schema engine, run as WebAssembly so that `prisma migrate diff --script` works
 * offline (the CLI downloads a native engine; see shared/design.md §5). The JS glue comes
 * from `@prisma/schema-engine-wasm`; the engine itself is the `.wasm` that ships inside the
 * installed `prisma` CLI, so the SQL is exactly what that CLI version would write.
 */

const require = createRequire(import.meta.url);

let ready: Promise<void> | undefined;

function loadEngine(): Promise<void> {
  // The glue keeps the instance in module state: instantiate once per process.
  ready ??= (async () => {
    const wasmPath = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return ready;
}

function unsupported(what: string): never {
  throw new Error(`The offline schema engine has no database: ${what} is not available`);
}

/**
 * `SchemaEngine.new` insists on a driver adapter even for schema-to-schema diffs. It only
 * connects and asks for the server version, so a stub that answers that one query suffices.
 */
function stubAdapterFactory(): SqlMigrationAwareDriverAdapterFactory {
  const adapter: SqlDriverAdapter = {
    provider: "postgres",
    adapterName: "claim-ledger-offline-stub",
    getConnectionInfo: () => ({ schemaName: "public", supportsRelationJoins: true }),
    queryRaw: async () => ({
      columnNames: ["exists", "version", "numeric_version"],
      columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
      rows: [[true, "PostgreSQL 18.0", 180000]],
    }),
    executeRaw: async () => unsupported("executeRaw"),
    executeScript: async () => unsupported("executeScript"),
    startTransaction: async () => unsupported("transactions"),
    dispose: async () => {},
  };
  return {
    provider: "postgres",
    adapterName: adapter.adapterName,
    connect: async () => adapter,
    connectToShadowDb: async () => unsupported("a shadow database"),
  };
}

const SCHEMA_PATH = "schema.prisma";

/**
 * The SQL migration script that turns a database matching `from` (a Prisma schema's text, or
 * null for an empty database) into one matching `to`, as `prisma migrate diff --script`
 * prints it. Empty string when there is nothing to change.
 */
export async function diffSchemas(from: string | null, to: string): Promise<string> {
  await loadEngine();
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, to]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(stubAdapterFactory()),
  );
  try {
    const target = (content: string) => ({ tag: "schemaDatamodel" as const, files: [{ path: SCHEMA_PATH, content }] });
    const result = await engine.diff({
      from: from === null ? { tag: "empty" } : target(from),
      to: target(to),
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.stdout ?? "";
  } finally {
    engine.free();
  }
}

/** The engine reports "nothing to do" as a script that only holds this comment. */
export function isEmptyScript(sql: string): boolean {
  return sql.trim() === "" || sql.trim() === "-- This is an empty migration.";
}
