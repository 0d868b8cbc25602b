// Helpers of the interop tests: a scenario folder, the two CLIs, drizzle-orm's two SQLite migrators,
// and reading rows back with better-sqlite3.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { drizzle as drizzleBetter } from "drizzle-orm/better-sqlite3";
import { migrate as migrateBetter } from "drizzle-orm/better-sqlite3/migrator";
import { createClient } from "@libsql/client";
import { drizzle as drizzleLibsql } from "drizzle-orm/libsql";
import { migrate as migrateLibsql } from "drizzle-orm/libsql/migrator";

export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, "..");
const JAR = process.env.DSCHEMA_JAR ?? join(ROOT, "server/target/dschema.jar");
const KIT = join(HERE, "node_modules/.bin/drizzle-kit");

/**
 * A fresh temp folder for one scenario, with node_modules linked in (drizzle-kit loads the TypeScript
 * schema from there, and it imports drizzle-orm). Removed at the end unless KEEP_WORK is set.
 */
export function scenarioFolder(t, name) {
  const dir = mkdtempSync(join(tmpdir(), `dschema-interop-${name}-`));
  symlinkSync(join(HERE, "node_modules"), join(dir, "node_modules"), "dir");
  t.after(() => {
    if (process.env.KEEP_WORK) {
      console.log(`# ${name}: kept ${dir}`);
    } else {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  return dir;
}

/** Copies a fixture into the folder under a name of the scenario's choosing. */
export function fixture(dir, name, as = name) {
  copyFileSync(join(HERE, "fixtures", name), join(dir, as));
  return join(dir, as);
}

function run(what, command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", timeout: 60_000 });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  if (result.error) {
    throw new Error(`${what} did not run: ${result.error.message}`);
  }
  return { code: result.status, stdout: result.stdout ?? "", stderr: result.stderr ?? "", output };
}

/** `dschema ARGS...` in DIR (exit code and output; the caller asserts). */
export function dschema(dir, ...args) {
  return run("dschema", "java", ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR, ...args], dir);
}

/** A dschema command that must succeed: its output, or an error that quotes it. */
export function dschemaOk(dir, ...args) {
  const r = dschema(dir, ...args);
  if (r.code !== 0) {
    throw new Error(`dschema ${args.join(" ")} exited ${r.code}:\n${r.output}`);
  }
  return r.stdout;
}

/**
 * `drizzle-kit generate` of SCHEMA_TS into the folder OUT (both relative to DIR), with a config of its
 * own. No prompt can come up: drizzle-kit asks only about renames, and no scenario has one.
 */
export function drizzleKitGenerate(dir, schemaTs, out, ...args) {
  const config = join(dir, "drizzle.config.ts");
  writeFileSync(config, `import { defineConfig } from "drizzle-kit";
export default defineConfig({ dialect: "sqlite", schema: ${JSON.stringify("./" + schemaTs)}, out: ${JSON.stringify("./" + out)} });
`);
  const r = run("drizzle-kit", KIT, ["generate", "--config", config, ...args], dir);
  if (r.code !== 0) {
    throw new Error(`drizzle-kit generate exited ${r.code}:\n${r.output}`);
  }
  return r.output;
}

/** drizzle-orm's better-sqlite3 migrator (foreign keys on, as better-sqlite3 opens every database). */
export function migrateWithBetterSqlite3(file, folder) {
  const sqlite = new Database(file);
  try {
    migrateBetter(drizzleBetter(sqlite), { migrationsFolder: folder });
  } finally {
    sqlite.close();
  }
}

/** drizzle-orm's libsql migrator on a local file (`file:` URL: no server). */
export async function migrateWithLibsql(file, folder) {
  const client = createClient({ url: `file:${file}` });
  try {
    await migrateLibsql(drizzleLibsql(client), { migrationsFolder: folder });
  } finally {
    client.close();
  }
}

/** Runs FN on the database with better-sqlite3 (foreign keys on), closing it after. */
export function withDb(file, fn) {
  const sqlite = new Database(file);
  try {
    sqlite.pragma("foreign_keys = ON");
    return fn(sqlite);
  } finally {
    sqlite.close();
  }
}

/** Every row of TABLES, ordered by rowid or key, keyed by table: what "every row kept" compares. */
export function dump(file, tables) {
  return withDb(file, (db) => Object.fromEntries(tables.map((table) => {
    const key = db.prepare(`select name from pragma_table_info(?) where pk > 0 order by pk`).all(table).map((r) => `"${r.name}"`);
    return [table, db.prepare(`select * from "${table}" order by ${key.join(", ") || "rowid"}`).all()];
  })));
}

/** The schema's objects (sqlite_master), for "nothing more was applied". */
export function schemaObjects(file) {
  return withDb(file, (db) => db.prepare(`select type, name, tbl_name, sql from sqlite_master order by type, name`).all());
}

export function foreignKeyViolations(file) {
  return withDb(file, (db) => db.prepare("pragma foreign_key_check").all());
}

export function migrationRows(file, table = "__drizzle_migrations") {
  return withDb(file, (db) => db.prepare(`select id, hash, created_at from "${table}" order by created_at`).all());
}

export function journal(folder) {
  return JSON.parse(readFileSync(join(folder, "meta/_journal.json"), "utf8"));
}

export function sha256(path) {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** The family of family-v1.dschema with rows at every level, foreign keys on. */
export function insertFamily(file) {
  withDb(file, (db) => {
    db.exec(`
      insert into teams (id, name) values (1, 'red'), (2, 'blue'), (3, 'green');
      insert into users (id, team_id, email) values (10, 1, 'a@x'), (11, 1, 'b@x'), (12, 2, 'c@x'), (13, null, 'd@x');
      insert into notes (id, team_id, body) values (20, 1, 'n1'), (21, 2, 'n2'), (22, 3, 'n3');
      insert into posts (id, user_id, title) values (30, 10, 'p1'), (31, 10, 'p2'), (32, 11, 'p3'), (33, 12, 'p4'), (34, 13, 'p5');
      insert into post_tags (post_id, tag) values (30, 'x'), (30, 'y'), (32, 'x'), (34, 'z');
    `);
  });
}

export const FAMILY = ["teams", "users", "notes", "posts", "post_tags"];
