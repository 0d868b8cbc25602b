-- What SQLite stores in sqlite_master for ../originals/spelling-and-spacing.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE INDEX lower_idx on lower_case(name);

CREATE INDEX UPPER_IDX ON UPPER_CASE(NAME DESC);

CREATE UNIQUE INDEX Mixed_Idx On Mixed_Case(Name Collate NoCase Asc) Where Ref Is Not Null;

CREATE UNIQUE INDEX spaced_idx   on   spaced  (  a  ,  b  desc  )   where   a   >   0;

CREATE INDEX crlf_idx on crlf_lines (
  b
);

