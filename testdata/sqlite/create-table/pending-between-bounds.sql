-- What SQLite stores in sqlite_master for ../originals/pending-between-bounds.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE TABLE between_bounds (
  x INTEGER CHECK (x BETWEEN NOT 0 AND 2),
  y INTEGER CHECK (y BETWEEN 0 IS 0 AND 2),
  z INTEGER CHECK (z NOT BETWEEN 1 = 1 AND 5)
);

