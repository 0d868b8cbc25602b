-- What SQLite stores in sqlite_master for ../originals/options.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE TABLE if_not_exists (a INTEGER);

CREATE TABLE schema_qualified (a INTEGER);

CREATE TABLE "quoted_schema" (a INTEGER);

CREATE TABLE both_prefixes (a INTEGER);

CREATE TABLE wr (k TEXT PRIMARY KEY, v BLOB) WITHOUT ROWID;

CREATE TABLE st (a INTEGER, b INT, c REAL, d TEXT, e BLOB, f ANY) STRICT;

CREATE TABLE wr_st (k INTEGER PRIMARY KEY, v TEXT) WITHOUT ROWID, STRICT;

CREATE TABLE st_wr (k INTEGER PRIMARY KEY, v TEXT) STRICT, WITHOUT ROWID;

CREATE TABLE lower_options (k text primary key, v any) strict , without rowid;

CREATE TABLE wr_composite (a TEXT, b INTEGER, c BLOB, PRIMARY KEY (a, b)) WITHOUT ROWID;

CREATE TABLE st_generated (a INTEGER NOT NULL, b INTEGER GENERATED ALWAYS AS (a * 2) VIRTUAL) STRICT;

