import pg from "pg";

/** What a PostgreSQL schema (namespace) holds, read from pg_catalog, in a comparable shape. */
export interface DatabaseCatalog {
  tables: Record<string, TableCatalog>;
  /** Enum type name → labels in their sort order. */
  enums: Record<string, string[]>;
  /** User-defined functions, as `name(identity arguments)`. */
  functions: string[];
}

export interface TableCatalog {
  columns: Record<string, ColumnCatalog>;
  primaryKey: { name: string; columns: string[] } | null;
  /** Every index but the primary key's, sorted by name. */
  indexes: IndexCatalog[];
  foreignKeys: ForeignKeyCatalog[];
  checks: { name: string; definition: string }[];
  triggers: { name: string; definition: string }[];
}

export interface ColumnCatalog {
  /** format_type() without identifier quotes: `integer`, `timestamp(3) without time zone`, `Role[]`. */
  type: string;
  nullable: boolean;
  /** pg_get_expr() of the default, e.g. `nextval('"User_id_seq"'::regclass)`, `'EDITOR'::"Role"`. */
  default: string | null;
}

export interface IndexCatalog {
  name: string;
  unique: boolean;
  /** Access method: btree, hash, gin, gist, spgist, brin. */
  method: string;
  /** Column names (or the expression of an expression key), with their operator class. */
  columns: { name: string; desc: boolean; opclass: string; defaultOpclass: boolean }[];
  predicate: string | null;
}

export type ReferentialAction = "Cascade" | "Restrict" | "NoAction" | "SetNull" | "SetDefault";

export interface ForeignKeyCatalog {
  name: string;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
}

const ACTIONS: Record<string, ReferentialAction> = {
  a: "NoAction",
  r: "Restrict",
  c: "Cascade",
  n: "SetNull",
  d: "SetDefault",
};

const unquote = (type: string) => type.replaceAll('"', "");

export async function readDatabaseCatalog(connectionString: string, schema = "public"): Promise<DatabaseCatalog> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await readCatalog(client, schema);
  } finally {
    await client.end();
  }
}

/** Reads through an open connection, e.g. inside a transaction that will be rolled back. */
export async function readCatalog(client: pg.Client, schema = "public"): Promise<DatabaseCatalog> {
  const q = async <T extends pg.QueryResultRow>(sql: string) => (await client.query<T>(sql, [schema])).rows;
  const catalog: DatabaseCatalog = { tables: {}, enums: {}, functions: [] };
  const table = (name: string): TableCatalog =>
    (catalog.tables[name] ??= {
      columns: {},
      primaryKey: null,
      indexes: [],
      foreignKeys: [],
      checks: [],
      triggers: [],
    });

  for (const row of await q<{ table: string; column: string; type: string; nullable: boolean; default: string | null }>(
    `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
            NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS default
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
       LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')
      ORDER BY c.relname, a.attnum`,
  )) {
    table(row.table).columns[row.column] = { type: unquote(row.type), nullable: row.nullable, default: row.default };
  }

  for (const row of await q<IndexCatalog & { table: string; primary: boolean }>(
    `SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique, ix.indisprimary AS primary,
            am.amname AS method, pg_get_expr(ix.indpred, ix.indrelid) AS predicate,
            (SELECT json_agg(json_build_object(
                      'name', CASE WHEN ix.indkey[k] = 0 THEN pg_get_indexdef(ix.indexrelid, k + 1, true) ELSE a.attname END,
                      'desc', (ix.indoption[k]::int & 1) = 1,
                      'opclass', opc.opcname, 'defaultOpclass', opc.opcdefault) ORDER BY k)
               FROM generate_series(0, ix.indnkeyatts - 1) AS k
               LEFT JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = ix.indkey[k]
               LEFT JOIN pg_opclass opc ON opc.oid = ix.indclass[k]) AS columns
       FROM pg_index ix
       JOIN pg_class i ON i.oid = ix.indexrelid
       JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       JOIN pg_am am ON am.oid = i.relam
      WHERE n.nspname = $1 AND t.relkind IN ('r', 'p')
      ORDER BY t.relname, i.relname`,
  )) {
    const { table: tableName, primary, ...index } = row;
    if (primary) table(tableName).primaryKey = { name: index.name, columns: index.columns.map((c) => c.name) };
    else table(tableName).indexes.push(index);
  }

  for (const row of await q<{
    table: string;
    name: string;
    referenced_table: string;
    columns: string[];
    referenced_columns: string[];
    on_delete: string;
    on_update: string;
  }>(
    `SELECT t.relname AS table, c.conname AS name, rt.relname AS referenced_table,
            array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, i)
                    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.i) AS columns,
            array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, i)
                    JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.i) AS referenced_columns,
            c.confdeltype::text AS on_delete, c.confupdtype::text AS on_update
       FROM pg_constraint c
       JOIN pg_class t ON t.oid = c.conrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       JOIN pg_class rt ON rt.oid = c.confrelid
      WHERE c.contype = 'f' AND n.nspname = $1
      ORDER BY t.relname, c.conname`,
  )) {
    table(row.table).foreignKeys.push({
      name: row.name,
      columns: row.columns,
      referencedTable: row.referenced_table,
      referencedColumns: row.referenced_columns,
      onDelete: ACTIONS[row.on_delete] ?? "NoAction",
      onUpdate: ACTIONS[row.on_update] ?? "NoAction",
    });
  }

  for (const row of await q<{ table: string; name: string; definition: string }>(
    `SELECT t.relname AS table, c.conname AS name, pg_get_constraintdef(c.oid, true) AS definition
       FROM pg_constraint c
       JOIN pg_class t ON t.oid = c.conrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE c.contype = 'c' AND n.nspname = $1
      ORDER BY t.relname, c.conname`,
  )) {
    table(row.table).checks.push({ name: row.name, definition: row.definition });
  }

  for (const row of await q<{ table: string; name: string; definition: string }>(
    `SELECT t.relname AS table, tg.tgname AS name, pg_get_triggerdef(tg.oid, true) AS definition
       FROM pg_trigger tg
       JOIN pg_class t ON t.oid = tg.tgrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE NOT tg.tgisinternal AND n.nspname = $1
      ORDER BY t.relname, tg.tgname`,
  )) {
    table(row.table).triggers.push({ name: row.name, definition: row.definition });
  }

  for (const row of await q<{ name: string; labels: string[] }>(
    `SELECT t.typname AS name, array(SELECT e.enumlabel::text FROM pg_enum e
                                       WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE t.typtype = 'e' AND n.nspname = $1
      ORDER BY t.typname`,
  )) {
    catalog.enums[row.name] = row.labels;
  }

  // Functions that belong to an extension are the extension's business.
  catalog.functions = (
    await q<{ signature: string }>(
      `SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS signature
         FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = $1
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
        ORDER BY 1`,
    )
  ).map((row) => row.signature);

  return catalog;
}
