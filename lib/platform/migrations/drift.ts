import { get_dmmf } from "@prisma/prisma-schema-wasm";
import type { ColumnCatalog, DatabaseCatalog, IndexCatalog, ReferentialAction, TableCatalog } from "./catalog.ts";

/**
 * Drift check: does a PostgreSQL database match schema.prisma? The schema is read through
 * Prisma's own parser (DMMF from the schema wasm that the CLI uses), the database through
 * pg_catalog (catalog.ts), and both are compared with PostgreSQL's default rendering of what
 * Prisma's migrations create. Not visible in the DMMF, hence not checked here: foreign key
 * names (`@relation(map:)`), partial index predicates, dbgenerated() expressions; the
 * drift test also compares whole catalogs against the engine's own SQL for those.
 */

export interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  isList: boolean;
  isRequired: boolean;
  type: string;
  nativeType?: [string, string[]] | null;
  default?: unknown;
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}

export interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}

export interface DmmfEnum {
  name: string;
  dbName: string | null;
  values: { name: string; dbName: string | null }[];
}

export interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string;
  algorithm?: string;
  fields: { name: string; sortOrder?: "asc" | "desc"; operatorClass?: string }[];
}

export interface Dmmf {
  datamodel: { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] };
}

/**
 * The DMMF leaves out `Unsupported("…")` fields (the client cannot read them), but they are
 * columns all the same: they are read from the schema text and added as kind "unsupported".
 */
function addUnsupportedFields(dmmf: Dmmf, schema: string): Dmmf {
  for (const block of schema.matchAll(/^model\s+(\w+)\s*\{([^}]*)\}/gm)) {
    const model = dmmf.datamodel.models.find((m) => m.name === block[1]);
    for (const field of (block[2] ?? "").matchAll(/^\s*(\w+)\s+Unsupported\("([^"]+)"\)(\?|\[\])?([^\n]*)$/gm)) {
      const [, name = "", type = "", modifier, attributes = ""] = field;
      model?.fields.push({
        name,
        dbName: /@map\("([^"]+)"\)/.exec(attributes)?.[1] ?? null,
        kind: "unsupported",
        isList: modifier === "[]",
        isRequired: modifier === undefined,
        type,
      });
    }
  }
  return dmmf;
}

/** Parses a Prisma schema; a schema error becomes an Error with Prisma's message. */
export function getDmmf(schema: string): Dmmf {
  try {
    const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schema]] }))) as Dmmf;
    return addUnsupportedFields(dmmf, schema);
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    let message = raw;
    try {
      message = (JSON.parse(raw) as { message?: string }).message ?? raw;
    } catch {}
    throw new Error(message.replace(/\u001b\[[0-9;]*m/g, ""));
  }
}

const PRISMA_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};

/** `@db.X(args)` as PostgreSQL's format_type() prints it. */
function nativeType(name: string, args: string[]): string {
  const a = args.length > 0 ? `(${args.join(",")})` : "";
  const types: Record<string, string> = {
    Text: "text",
    VarChar: `character varying${a}`,
    Char: `character${a || "(1)"}`,
    Bit: `bit${a || "(1)"}`,
    VarBit: `bit varying${a}`,
    Uuid: "uuid",
    Xml: "xml",
    Inet: "inet",
    Citext: "citext",
    Integer: "integer",
    SmallInt: "smallint",
    BigInt: "bigint",
    Oid: "oid",
    DoublePrecision: "double precision",
    Real: "real",
    Decimal: `numeric${a}`,
    Money: "money",
    Timestamp: `timestamp${a} without time zone`,
    Timestamptz: `timestamp${a} with time zone`,
    Date: "date",
    Time: `time${a} without time zone`,
    Timetz: `time${a} with time zone`,
    Boolean: "boolean",
    Json: "json",
    JsonB: "jsonb",
    ByteA: "bytea",
  };
  return types[name] ?? `${name.toLowerCase()}${a}`;
}

function expectedColumnType(field: DmmfField, enumNames: Map<string, string>): string {
  let type: string;
  if (field.kind === "enum") type = enumNames.get(field.type) ?? field.type;
  else if (field.kind === "unsupported") type = field.type.toLowerCase();
  else if (field.nativeType) type = nativeType(field.nativeType[0], field.nativeType[1]);
  else type = PRISMA_TYPES[field.type] ?? field.type.toLowerCase();
  return field.isList ? `${type}[]` : type;
}

/** Prisma's default constraint names (psl ConstraintNames): 63-byte limit, suffix kept. */
export function defaultConstraintName(table: string, columns: string[], suffix: string): string {
  let base = columns.length > 0 ? `${table}_${columns.join("_")}` : table;
  const limit = 63 - suffix.length;
  while (Buffer.byteLength(base) > limit) base = base.slice(0, -1);
  return `${base}${suffix}`;
}

/** Prisma's operator class names (`JsonbPathOps`) in PostgreSQL's spelling (`jsonb_path_ops`). */
function opclassName(prisma: string): string {
  if (!/^[A-Z]/.test(prisma)) return prisma; // raw("…")
  return prisma
    .replace("MinMax", "Minmax")
    .replace("TimestampTz", "Timestamptz")
    .replace("TimeTz", "Timetz")
    .replace("VarBit", "Varbit")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase();
}

type DefaultValue = string | string[];

/** A literal default as pg_get_expr() prints it (`'x'::text`, `1`, `ARRAY['a'::text]`), or undefined. */
function parseLiteral(expression: string): DefaultValue | undefined {
  const array = /^ARRAY\[(.*)\]$/s.exec(expression.replace(/::[\w" (),]+\[\]$/, ""));
  if (array) {
    const items = array[1]!.match(/'(?:[^']|'')*'(?:::[\w" ]+)?|[^,\s][^,]*/g) ?? [];
    const values = items.map((item) => parseLiteral(item.trim()));
    return values.every((value): value is string => typeof value === "string") ? values : undefined;
  }
  const quoted = /^'((?:[^']|'')*)'(?:::.+)?$/s.exec(expression);
  if (quoted) return quoted[1]!.replaceAll("''", "'");
  const plain = /^\(?(-?[\d.]+(?:e[+-]?\d+)?|true|false)\)?(?:::[\w ]+)?$/i.exec(expression);
  return plain?.[1];
}

function sameScalar(field: DmmfField, expected: unknown, actual: string): boolean {
  const text = String(expected);
  switch (field.type) {
    case "Int":
    case "BigInt":
    case "Float":
    case "Decimal":
      return Number(text) === Number(actual);
    case "DateTime": {
      // `timestamp` and `date` literals carry no zone; Prisma writes them as UTC.
      const iso = /^\d{4}-\d\d-\d\d$/.test(actual) ? `${actual}T00:00:00` : actual.replace(" ", "T");
      const zoned = /(Z|[+-]\d\d(:?\d\d)?)$/i.test(iso.slice(10)) ? iso : `${iso}Z`;
      return Date.parse(text) === Date.parse(zoned);
    }
    case "Json":
      try {
        return JSON.stringify(JSON.parse(text)) === JSON.stringify(JSON.parse(actual));
      } catch {
        return text === actual;
      }
    default:
      return text === actual;
  }
}

/** Prisma-level defaults (`uuid()`, `cuid()`…) are filled in by the client: no database default. */
const CLIENT_DEFAULTS = new Set(["uuid", "cuid", "nanoid", "ulid"]);

function defaultProblem(field: DmmfField, column: ColumnCatalog, enums: DmmfEnum[]): string | null {
  let expected = field.default;
  if (field.kind === "enum" && expected !== undefined) {
    // Enum defaults are stored under the value's @map name.
    const values = enums.find((e) => e.name === field.type)?.values ?? [];
    const dbName = (value: unknown) => values.find((v) => v.name === value)?.dbName ?? value;
    expected = Array.isArray(expected) ? expected.map(dbName) : dbName(expected);
  }
  const actual = column.default;
  const shown = actual ?? "none";
  if (expected === undefined) return actual === null ? null : `has default ${actual}, the schema none`;
  if (typeof expected === "object" && expected !== null && !Array.isArray(expected)) {
    const fn = expected as { name: string; args: unknown[] };
    if (fn.name === "autoincrement" || fn.name === "sequence") {
      return actual?.startsWith("nextval(") ? null : `default is ${shown}, the schema says ${fn.name}()`;
    }
    if (fn.name === "now") {
      return actual === "CURRENT_TIMESTAMP" || actual === "now()" ? null : `default is ${shown}, the schema says now()`;
    }
    if (fn.name === "dbgenerated") {
      // PostgreSQL rewrites the expression, so only its presence is checked.
      return fn.args.length === 0 || actual !== null ? null : `has no default, the schema says dbgenerated(…)`;
    }
    if (CLIENT_DEFAULTS.has(fn.name)) return actual === null ? null : `has default ${actual}, the schema says ${fn.name}() (client-side)`;
    return null;
  }
  const parsed = actual === null ? undefined : parseLiteral(actual);
  const want = Array.isArray(expected) ? expected : [expected];
  const got = Array.isArray(parsed) ? parsed : parsed === undefined ? undefined : [parsed];
  const same =
    got !== undefined &&
    Array.isArray(expected) === Array.isArray(parsed) &&
    got.length === want.length &&
    want.every((value, i) => sameScalar(field, value, got[i]!));
  return same ? null : `default is ${shown}, the schema says ${JSON.stringify(expected)}`;
}

interface ExpectedIndex {
  name: string;
  unique: boolean;
  method: string;
  columns: { name: string; desc: boolean; opclass: string | null }[];
}

function indexProblems(table: string, expected: ExpectedIndex, actual: IndexCatalog): string[] {
  const problems: string[] = [];
  const where = `index ${table}.${expected.name}`;
  if (expected.unique !== actual.unique) problems.push(`${where}: ${actual.unique ? "unique" : "not unique"} in the database`);
  if (expected.method !== actual.method) problems.push(`${where}: uses ${actual.method}, the schema says ${expected.method}`);
  const render = (columns: { name: string; desc: boolean; opclass: string | null }[]) =>
    columns.map((c) => `${c.name}${c.desc ? " DESC" : ""}${c.opclass ? ` ${c.opclass}` : ""}`).join(", ");
  const actualColumns = actual.columns.map((c) => ({ ...c, opclass: c.defaultOpclass ? null : c.opclass }));
  const matches =
    expected.columns.length === actualColumns.length &&
    expected.columns.every((column, i) => {
      const other = actual.columns[i]!;
      const opclassOk = column.opclass === null ? other.defaultOpclass : column.opclass === other.opclass;
      return column.name === other.name && column.desc === other.desc && opclassOk;
    });
  if (!matches) problems.push(`${where}: on (${render(actualColumns)}), the schema says (${render(expected.columns)})`);
  return problems;
}

const DEFAULT_INDEX_METHOD = "btree";

/**
 * Differences between a Prisma schema (its DMMF) and a database catalog, one readable line
 * each; empty when the database is what the schema's migrations should have produced.
 */
export function compareSchemaToDatabase(dmmf: Dmmf, catalog: DatabaseCatalog): string[] {
  const problems: string[] = [];
  const { models, enums, indexes } = dmmf.datamodel;
  const enumNames = new Map(enums.map((e) => [e.name, e.dbName ?? e.name]));
  const modelsByName = new Map(models.map((model) => [model.name, model]));
  const tableName = (model: DmmfModel) => model.dbName ?? model.name;
  const columnName = (model: DmmfModel, field: string) =>
    model.fields.find((f) => f.name === field)?.dbName ?? field;

  for (const e of enums) {
    const name = e.dbName ?? e.name;
    const actual = catalog.enums[name];
    if (!actual) {
      problems.push(`enum ${name}: missing in the database`);
      continue;
    }
    const expected = e.values.map((value) => value.dbName ?? value.name);
    const missing = expected.filter((value) => !actual.includes(value));
    const extra = actual.filter((value) => !expected.includes(value));
    if (missing.length > 0) problems.push(`enum ${name}: values missing in the database: ${missing.join(", ")}`);
    if (extra.length > 0) problems.push(`enum ${name}: values not in the schema: ${extra.join(", ")}`);
  }
  const expectedEnums = new Set(enumNames.values());
  for (const name of Object.keys(catalog.enums)) {
    if (!expectedEnums.has(name)) problems.push(`enum ${name}: in the database but not in the schema`);
  }

  const expectedTables = new Set(["_prisma_migrations"]);
  for (const model of models) {
    const name = tableName(model);
    expectedTables.add(name);
    const table = catalog.tables[name];
    if (!table) {
      problems.push(`table ${name}: missing in the database`);
      continue;
    }
    problems.push(...compareTable(model, table, { enums, enumNames, modelsByName, tableName, columnName }, indexes));
  }
  for (const name of Object.keys(catalog.tables)) {
    if (!expectedTables.has(name)) problems.push(`table ${name}: in the database but not in the schema`);
  }
  return problems;
}

interface Lookup {
  enums: DmmfEnum[];
  enumNames: Map<string, string>;
  modelsByName: Map<string, DmmfModel>;
  tableName: (model: DmmfModel) => string;
  columnName: (model: DmmfModel, field: string) => string;
}

function compareTable(model: DmmfModel, table: TableCatalog, lookup: Lookup, allIndexes: DmmfIndex[]): string[] {
  const problems: string[] = [];
  const name = lookup.tableName(model);

  const scalars = model.fields.filter((field) => field.kind !== "object");
  const expectedColumns = new Set<string>();
  for (const field of scalars) {
    const column = field.dbName ?? field.name;
    expectedColumns.add(column);
    const actual = table.columns[column];
    const where = `column ${name}.${column}`;
    if (!actual) {
      problems.push(`${where}: missing in the database`);
      continue;
    }
    const type = expectedColumnType(field, lookup.enumNames);
    if (actual.type !== type) problems.push(`${where}: type is ${actual.type}, the schema says ${type}`);
    // Prisma creates scalar lists as nullable columns, whatever the field says.
    const nullable = field.isList || !field.isRequired;
    if (actual.nullable !== nullable) {
      problems.push(`${where}: ${actual.nullable ? "nullable" : "NOT NULL"} in the database, the schema says ${nullable ? "optional" : "required"}`);
    }
    const defaultIssue = defaultProblem(field, actual, lookup.enums);
    if (defaultIssue) problems.push(`${where}: ${defaultIssue}`);
  }
  for (const column of Object.keys(table.columns)) {
    if (!expectedColumns.has(column)) problems.push(`column ${name}.${column}: in the database but not in the schema`);
  }

  const modelIndexes = allIndexes.filter((index) => index.model === model.name);
  const id = modelIndexes.find((index) => index.type === "id");
  const expectedPk = id && {
    name: id.dbName ?? defaultConstraintName(name, [], "_pkey"),
    columns: id.fields.map((field) => lookup.columnName(model, field.name)),
  };
  const render = (pk: { name: string; columns: string[] } | null | undefined) =>
    pk ? `${pk.name} (${pk.columns.join(", ")})` : "none";
  if (render(expectedPk) !== render(table.primaryKey)) {
    problems.push(`primary key of ${name}: ${render(table.primaryKey)} in the database, the schema says ${render(expectedPk)}`);
  }

  const expectedIndexes: ExpectedIndex[] = modelIndexes
    .filter((index) => index.type === "unique" || index.type === "normal")
    .map((index) => {
      const columns = index.fields.map((field) => ({
        name: lookup.columnName(model, field.name),
        desc: field.sortOrder === "desc",
        opclass: field.operatorClass ? opclassName(field.operatorClass) : null,
      }));
      const unique = index.type === "unique";
      return {
        name: index.dbName ?? defaultConstraintName(name, columns.map((c) => c.name), unique ? "_key" : "_idx"),
        unique,
        method: index.algorithm?.toLowerCase() ?? DEFAULT_INDEX_METHOD,
        columns,
      };
    });
  const actualIndexes = new Map(table.indexes.map((index) => [index.name, index]));
  for (const index of expectedIndexes) {
    const actual = actualIndexes.get(index.name);
    if (!actual) problems.push(`index ${name}.${index.name}: missing in the database`);
    else problems.push(...indexProblems(name, index, actual));
    actualIndexes.delete(index.name);
  }
  for (const index of actualIndexes.keys()) problems.push(`index ${name}.${index}: in the database but not in the schema`);

  const actualKeys = new Map(
    table.foreignKeys.map((fk) => [`(${fk.columns.join(", ")}) → ${fk.referencedTable}(${fk.referencedColumns.join(", ")})`, fk]),
  );
  for (const field of model.fields) {
    if (field.kind !== "object") continue;
    const target = lookup.modelsByName.get(field.type);
    if (!target) continue;
    const from = field.relationFromFields ?? [];
    if (from.length === 0) {
      const back = target.fields.find((f) => f.relationName === field.relationName && f !== field);
      if (field.isList && back?.isList && (back.relationFromFields ?? []).length === 0 && model.name <= target.name) {
        problems.push(`relation ${field.relationName}: implicit many-to-many tables are not checked by lib/platform/migrations/drift.ts; extend it`);
      }
      continue;
    }
    const columns = from.map((f) => lookup.columnName(model, f));
    const referenced = (field.relationToFields ?? []).map((f) => lookup.columnName(target, f));
    const key = `(${columns.join(", ")}) → ${lookup.tableName(target)}(${referenced.join(", ")})`;
    const actual = actualKeys.get(key);
    if (!actual) {
      problems.push(`foreign key ${name}${key}: missing in the database`);
      continue;
    }
    actualKeys.delete(key);
    // Prisma's defaults: Restrict when the relation is required, SetNull when optional; Cascade on update.
    const required = from.every((f) => model.fields.find((s) => s.name === f)?.isRequired);
    const onDelete = (field.relationOnDelete ?? (required ? "Restrict" : "SetNull")) as ReferentialAction;
    const onUpdate = (field.relationOnUpdate ?? "Cascade") as ReferentialAction;
    if (actual.onDelete !== onDelete) problems.push(`foreign key ${actual.name}: ON DELETE ${actual.onDelete}, the schema says ${onDelete}`);
    if (actual.onUpdate !== onUpdate) problems.push(`foreign key ${actual.name}: ON UPDATE ${actual.onUpdate}, the schema says ${onUpdate}`);
  }
  for (const fk of actualKeys.values()) problems.push(`foreign key ${fk.name} on ${name}: in the database but not in the schema`);

  return problems;
}
