import { chmod, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A new temporary directory that the `postgres` system user can traverse: as root,
 * embedded PostgreSQL runs as that user, and mkdtemp's 0700 would lock it out.
 */
export async function makeTempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `${prefix}-`));
  await chmod(dir, 0o755);
  return dir;
}
