-- What SQLite stores in sqlite_master for ../originals/string-names.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE TABLE 'single quoted'('a' INTEGER PRIMARY KEY, 'b' TEXT);

CREATE TABLE 't'(a INTEGER);

