import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const MUTATING_METHODS = ["POST", "PUT", "PATCH", "DELETE"];

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|tsx)$/.test(entry.name)) yield full;
  }
}

const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

export interface ServerSurface {
  /** "app/…/actions.ts#createUserAction" for every exported function of a "use server" module. */
  actions: string[];
  /** "app/…/route.ts#POST" for every mutating method a route handler exports. */
  mutatingRoutes: string[];
  /** Files with a "use server" that is not the module's first statement (inline actions). */
  inlineActions: string[];
}

/** Everything under app/ that a client can call to change data, found from the source text. */
export function discoverServerSurface(): ServerSurface {
  const surface: ServerSurface = { actions: [], mutatingRoutes: [], inlineActions: [] };
  for (const file of sourceFiles(path.join(ROOT, "app"))) {
    const source = readFileSync(file, "utf8");
    const name = relative(file);
    const moduleLevel = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(source);
    if (moduleLevel) {
      for (const match of source.matchAll(/export\s+(?:async\s+)?(?:function\s+|const\s+)(\w+)/g)) surface.actions.push(`${name}#${match[1]}`);
      if (/export\s*\{/.test(source) || /export\s+default/.test(source)) surface.inlineActions.push(`${name} (re-exports: list each action explicitly)`);
    } else if (/["']use server["']/.test(source)) {
      surface.inlineActions.push(name);
    }
    if (path.basename(file) === "route.ts") {
      for (const method of MUTATING_METHODS) {
        const declared = new RegExp(`export\\s+(?:async\\s+)?(?:function|const)\\s+${method}\\b`).test(source);
        const reExported = new RegExp(`export\\s*\\{[^}]*\\bas\\s+${method}\\b[^}]*\\}`).test(source);
        if (declared || reExported) surface.mutatingRoutes.push(`${name}#${method}`);
      }
    }
  }
  surface.actions.sort();
  surface.mutatingRoutes.sort();
  return surface;
}
