-- What SQLite stores in sqlite_master for ../originals/types.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE TABLE types_words (
  a DOUBLE PRECISION,
  b UNSIGNED BIG INT,
  c LONG VARCHAR,
  d CHARACTER VARYING(30),
  e NATIVE CHARACTER(70),
  f VARYING CHARACTER(255),
  g TIMESTAMP WITH TIME ZONE,
  h INT8 UNSIGNED,
  i UNSIGNED TINYINT(1)
);

CREATE TABLE types_sizes (
  a VARCHAR(255),
  b DECIMAL(10, 2),
  c DECIMAL(10,2),
  d NUMERIC(+5, -1),
  e CHAR(1),
  f NVARCHAR(100),
  g DECIMAL( 10 , 2 ),
  h FLOAT(53),
  i VARCHAR(0x10),
  j BIT(1)
);

CREATE TABLE types_plain (a INTEGER, b INT, c TEXT, d REAL, e BLOB, f NUMERIC, g BOOLEAN, h DATETIME, i DATE, j STRING, k FLOAT, l CLOB, m JSON, n UUID, o MONEY);

CREATE TABLE typeless (a, b, c PRIMARY KEY, d NOT NULL, e DEFAULT 1, f UNIQUE, g CHECK (g > 0), h REFERENCES typeless (c), i COLLATE NOCASE);

CREATE TABLE sequence_like(name,seq);

CREATE TABLE quoted_type_words (a "DOUBLE" PRECISION, b 'VARCHAR'(10), c "my" 'own' [type] `name`);

