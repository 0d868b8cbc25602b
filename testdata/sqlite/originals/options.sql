-- IF NOT EXISTS, schema names, WITHOUT ROWID, STRICT, both in either order.
CREATE TABLE IF NOT EXISTS if_not_exists (a INTEGER);
CREATE TABLE main.schema_qualified (a INTEGER);
CREATE TABLE "main"."quoted_schema" (a INTEGER);
CREATE TABLE IF NOT EXISTS main.both_prefixes (a INTEGER);
CREATE TABLE wr (k TEXT PRIMARY KEY, v BLOB) WITHOUT ROWID;
CREATE TABLE st (a INTEGER, b INT, c REAL, d TEXT, e BLOB, f ANY) STRICT;
CREATE TABLE wr_st (k INTEGER PRIMARY KEY, v TEXT) WITHOUT ROWID, STRICT;
CREATE TABLE st_wr (k INTEGER PRIMARY KEY, v TEXT) STRICT, WITHOUT ROWID;
create table lower_options (k text primary key, v any) strict , without rowid;
CREATE TABLE wr_composite (a TEXT, b INTEGER, c BLOB, PRIMARY KEY (a, b)) WITHOUT ROWID;
CREATE TABLE st_generated (a INTEGER NOT NULL, b INTEGER GENERATED ALWAYS AS (a * 2) VIRTUAL) STRICT;
CREATE INDEX IF NOT EXISTS wr_v ON wr (v);
CREATE INDEX main.st_a ON st (a);
CREATE UNIQUE INDEX IF NOT EXISTS main.st_b ON st (b, c);
