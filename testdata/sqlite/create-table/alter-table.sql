-- What SQLite stores in sqlite_master for ../originals/alter-table.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE TABLE "a1 renamed" (id INTEGER PRIMARY KEY, "full name" TEXT, email TEXT NOT NULL DEFAULT '' COLLATE NOCASE, age INTEGER CHECK (age >= 0), spaced    TEXT   /* with a comment */   DEFAULT 'x', ref INTEGER REFERENCES "a1 renamed"(id) ON DELETE SET NULL, gen TEXT GENERATED ALWAYS AS (upper("full name")) VIRTUAL);

CREATE TABLE "a2_renamed" (id INTEGER PRIMARY KEY, new_name TEXT CHECK (new_name <> ''), other TEXT, UNIQUE (new_name, other));

CREATE TABLE a3 (id INTEGER PRIMARY KEY, keep TEXT, tail INTEGER);

CREATE TABLE a4 (id INTEGER PRIMARY KEY, a1_id INTEGER REFERENCES "a1 renamed" (id));

CREATE TABLE a5 ("select" INTEGER);

