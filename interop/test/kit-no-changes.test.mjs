// Scenario 2: drizzle-kit generate, run on a folder dschema wrote with the equivalent TypeScript
// schema, finds nothing to do: our snapshots say what drizzle-orm's builders say.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { dschemaOk, drizzleKitGenerate, fixture, scenarioFolder } from "../lib.mjs";

const NO_CHANGES = /No schema changes, nothing to migrate/;

function files(folder) {
  return [...readdirSync(folder), ...readdirSync(join(folder, "meta")).map((f) => `meta/${f}`)].sort();
}

test("scenario 2 (features): drizzle-kit generate on our folder with the equivalent TypeScript: no changes", (t) => {
  const dir = scenarioFolder(t, "kit-features");
  fixture(dir, "features.dschema", "schema.dschema");
  fixture(dir, "features.ts", "schema.ts");
  dschemaOk(dir, "generate", "--schema", "schema.dschema", "--out", "migrations", "--name", "init");
  const before = files(join(dir, "migrations"));
  const out = drizzleKitGenerate(dir, "schema.ts", "migrations");
  assert.match(out, NO_CHANGES, `drizzle-kit generate found changes:\n${out}`);
  assert.deepEqual(files(join(dir, "migrations")), before, "drizzle-kit wrote nothing");
});

test("scenario 2 (family, two migrations with a rebuilt parent): drizzle-kit generate with v2: no changes", (t) => {
  const dir = scenarioFolder(t, "kit-family");
  fixture(dir, "family-v1.dschema", "schema.dschema");
  fixture(dir, "family-v1.ts", "v1.ts");
  fixture(dir, "family-v2.ts", "v2.ts");
  dschemaOk(dir, "generate", "--schema", "schema.dschema", "--out", "migrations", "--name", "init");
  let out = drizzleKitGenerate(dir, "v1.ts", "migrations");
  assert.match(out, NO_CHANGES, `after v1, drizzle-kit generate found changes:\n${out}`);
  fixture(dir, "family-v2.dschema", "schema.dschema");
  dschemaOk(dir, "generate", "--schema", "schema.dschema", "--out", "migrations", "--name", "teams_check");
  const before = files(join(dir, "migrations"));
  out = drizzleKitGenerate(dir, "v2.ts", "migrations");
  assert.match(out, NO_CHANGES, `after v2, drizzle-kit generate found changes:\n${out}`);
  assert.deepEqual(files(join(dir, "migrations")), before, "drizzle-kit wrote nothing");
});
