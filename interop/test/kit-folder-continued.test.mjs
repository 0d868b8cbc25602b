// Scenario 3 (and its mirror: our folder continued by drizzle-kit): a folder drizzle-kit started and drizzle-orm's migrator applied is continued by dschema
// generate (the same schema plus a change) and dschema migrate on the same database: nothing applied
// twice, drizzle's row kept; then drizzle-orm's migrator applies nothing more, and drizzle-kit
// generate with the TypeScript of the new schema finds nothing to do.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  FAMILY, dschemaOk, drizzleKitGenerate, dump, fixture, foreignKeyViolations, insertFamily, journal,
  migrateWithBetterSqlite3, migrationRows, scenarioFolder, schemaObjects, sha256,
} from "../lib.mjs";

test("scenario 3: drizzle-kit's folder continued by dschema generate and migrate, then drizzle-orm applies nothing more", (t) => {
  const dir = scenarioFolder(t, "kit-continued");
  const folder = join(dir, "migrations");
  const db = join(dir, "app.db");
  fixture(dir, "family-v1.ts", "v1.ts");
  fixture(dir, "family-v2.ts", "v2.ts");
  drizzleKitGenerate(dir, "v1.ts", "migrations", "--name", "init");
  migrateWithBetterSqlite3(db, folder);
  insertFamily(db);
  const before = dump(db, FAMILY);
  const [drizzleRow] = migrationRows(db);
  assert.ok(drizzleRow, "drizzle-orm recorded its migration");

  fixture(dir, "family-v2.dschema", "schema.dschema");
  const generated = JSON.parse(dschemaOk(dir, "generate", "--schema", "schema.dschema", "--out", "migrations",
    "--name", "teams_check", "--json"));
  assert.equal(generated.written, true);
  assert.deepEqual(generated.changes, ["add check teams.teams_name_nonempty (name <> '')", "add column users.bio"],
    "only the change is generated: drizzle-kit's snapshot reads as the schema it describes");
  const entries = journal(folder).entries;
  assert.deepEqual(entries.map((e) => e.tag), ["0000_init", "0001_teams_check"]);

  const migrated = dschemaOk(dir, "migrate", "--url", "file:app.db", "--out", "migrations");
  assert.match(migrated, /Applied 0001_teams_check/);
  assert.doesNotMatch(migrated, /Applied 0000_init/, "drizzle's migration is not applied again");
  const rows = migrationRows(db);
  assert.equal(rows.length, 2, "one row per migration");
  assert.deepEqual(rows[0], drizzleRow, "drizzle's row kept as it was");
  assert.deepEqual([rows[1].hash, Number(rows[1].created_at)], [sha256(join(folder, "0001_teams_check.sql")), entries[1].when]);
  const expected = structuredClone(before);
  expected.users = expected.users.map((row) => ({ ...row, bio: null }));
  assert.deepEqual(dump(db, FAMILY), expected, "every row kept through the parent's rebuild");
  assert.deepEqual(foreignKeyViolations(db), []);

  const objects = schemaObjects(db);
  migrateWithBetterSqlite3(db, folder);
  assert.deepEqual(migrationRows(db), rows, "drizzle-orm's migrator applies nothing more");
  assert.deepEqual(schemaObjects(db), objects);
  assert.match(dschemaOk(dir, "migrate", "--url", "file:app.db", "--out", "migrations"), /No pending migrations/);
  const status = dschemaOk(dir, "status", "--url", "file:app.db", "--out", "migrations");
  assert.match(status, /2 applied, 0 pending/);
  assert.match(status, /No drift/);
  dschemaOk(dir, "check", "--schema", "schema.dschema", "--out", "migrations");

  const files = readdirSync(folder).sort();
  const out = drizzleKitGenerate(dir, "v2.ts", "migrations");
  assert.match(out, /No schema changes, nothing to migrate/, `drizzle-kit generate found changes:\n${out}`);
  assert.deepEqual(readdirSync(folder).sort(), files);
});

test("scenario 3, the other way: dschema's folder applied by dschema migrate, continued by drizzle-kit and drizzle-orm's migrator", (t) => {
  const dir = scenarioFolder(t, "ours-continued");
  const folder = join(dir, "migrations");
  const db = join(dir, "app.db");
  fixture(dir, "family-v1.dschema", "schema.dschema");
  dschemaOk(dir, "generate", "--schema", "schema.dschema", "--out", "migrations", "--name", "init");
  dschemaOk(dir, "migrate", "--url", "file:app.db", "--out", "migrations");
  insertFamily(db);
  fixture(dir, "family-v2.dschema", "schema.dschema");
  dschemaOk(dir, "generate", "--schema", "schema.dschema", "--out", "migrations", "--name", "teams_check");
  dschemaOk(dir, "migrate", "--url", "file:app.db", "--out", "migrations");
  const before = dump(db, FAMILY);
  const ours = migrationRows(db);
  assert.equal(ours.length, 2);

  // v3: v2 plus a table, written by drizzle-kit on top of our snapshots
  const v3 = join(dir, "v3.ts");
  fixture(dir, "family-v2.ts", "v3.ts");
  writeFileSync(v3, readFileSync(v3, "utf8") + `
export const labels = sqliteTable("labels", {
  id: integer("id").primaryKey(),
  name: text("name").notNull(),
});
`);
  drizzleKitGenerate(dir, "v3.ts", "migrations", "--name", "labels");
  const entries = journal(folder).entries;
  assert.deepEqual(entries.map((e) => e.tag), ["0000_init", "0001_teams_check", "0002_labels"]);
  assert.match(readFileSync(join(folder, "0002_labels.sql"), "utf8").trim(), /^CREATE TABLE `labels` \([^;]*\);$/,
    "drizzle-kit wrote only the new table: our snapshots are what v2.ts says");

  migrateWithBetterSqlite3(db, folder);
  const rows = migrationRows(db);
  assert.equal(rows.length, 3, "drizzle-orm applied only its own migration");
  assert.deepEqual(rows.slice(0, 2), ours, "our rows kept");
  assert.equal(Number(rows[2].created_at), entries[2].when);
  assert.deepEqual(dump(db, FAMILY), before);
  assert.deepEqual(dump(db, ["labels"]), { labels: [] });
  assert.match(dschemaOk(dir, "migrate", "--url", "file:app.db", "--out", "migrations"), /No pending migrations/);
  assert.match(dschemaOk(dir, "status", "--url", "file:app.db", "--out", "migrations"), /3 applied, 0 pending/);
});
