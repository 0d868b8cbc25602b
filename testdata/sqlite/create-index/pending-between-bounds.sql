-- What SQLite stores in sqlite_master for ../originals/pending-between-bounds.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE INDEX between_bounds_x ON between_bounds (x) WHERE x BETWEEN y IN (1, 2) AND 3;

