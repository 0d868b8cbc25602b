-- What SQLite stores in sqlite_master for ../originals/options.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE INDEX wr_v ON wr (v);

CREATE INDEX st_a ON st (a);

CREATE UNIQUE INDEX st_b ON st (b, c);

