-- PENDING (grammar gap): SQLite takes a BETWEEN bound that holds a comparison-level operator or
-- a leading NOT without parentheses. The grammar asks for parentheses there (docs/language.md,
-- "Decisions"), which is fine for .dschema files, but a database that holds such a CHECK cannot
-- be read, although LANGUAGE.md says the CREATE text from sqlite_master is read as SQLite reads it.
CREATE TABLE between_bounds (
  x INTEGER CHECK (x BETWEEN NOT 0 AND 2),
  y INTEGER CHECK (y BETWEEN 0 IS 0 AND 2),
  z INTEGER CHECK (z NOT BETWEEN 1 = 1 AND 5)
);
CREATE INDEX between_bounds_x ON between_bounds (x) WHERE x BETWEEN y IN (1, 2) AND 3;
