-- What SQLite stores in sqlite_master for ../originals/keyword-names.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE INDEX events_end ON events (end DESC);

CREATE INDEX products_desc ON products (desc);

