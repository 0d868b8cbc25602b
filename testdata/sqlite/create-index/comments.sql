-- What SQLite stores in sqlite_master for ../originals/comments.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE INDEX c1_name /* index comment */ ON c1 ( -- comment in the column list
  name /* after name */ COLLATE NOCASE -- and a line comment
);

CREATE INDEX c2_partial ON c2 (a) WHERE /* comment in where */ a > 0 -- trailing
  AND b < 10;

