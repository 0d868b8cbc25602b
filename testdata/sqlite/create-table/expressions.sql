-- What SQLite stores in sqlite_master for ../originals/expressions.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE TABLE ex (
  a INTEGER,
  b INTEGER,
  c TEXT,
  d TEXT,
  CHECK (a + b * 2 - 1 / 3 % 4 > 0),
  CHECK (a & b | 1 << 2 >> 1 <> ~a),
  CHECK (c || d = 'x' OR c IS NULL),
  CHECK (a = 1 AND b == 2 OR a != 3 AND b <> 4),
  CHECK (a < 1 OR a <= 2 OR a > 3 OR a >= 4),
  CHECK (NOT a = 1),
  CHECK (-a < +b),
  CHECK (a IN (1, 2, 3) AND b NOT IN (4, 5)),
  CHECK (a BETWEEN 0 AND 10 OR b NOT BETWEEN -5 AND 5),
  CHECK (c LIKE 'a%' AND d NOT LIKE '%z'),
  CHECK (c LIKE 'a\%' ESCAPE '\'),
  CHECK (c GLOB 'a*' OR d NOT GLOB '[0-9]*'),
  CHECK (a IS b OR a IS NOT b),
  CHECK (a IS DISTINCT FROM b OR a IS NOT DISTINCT FROM b),
  CHECK (a ISNULL OR b NOTNULL OR c NOT NULL),
  CHECK (c -> '$.a' IS NOT NULL OR d ->> '$.b' > 0),
  CHECK (c COLLATE NOCASE = 'x' OR d = 'y' COLLATE RTRIM),
  CHECK (CASE a WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END <> ''),
  CHECK (CASE WHEN a > 0 THEN 1 WHEN a < 0 THEN -1 ELSE 0 END IN (-1, 0, 1)),
  CHECK (CAST(c AS INTEGER) >= 0 OR CAST(d AS VARCHAR(10)) <> ''),
  CHECK (length(c) < 100 AND coalesce(a, b, 0) >= 0 AND max(a, b) > min(a, b)),
  CHECK (ex.a > 0 OR main.ex.b > 0 OR "ex"."c" <> ''),
  CHECK ((a, b) = (1, 2) OR ((a + b) * 2) > 0),
  CHECK (x'00ff' <> X'' AND 0x1F > 1.5e-3 AND .5 < 5. AND 'it''s' <> ''),
  CHECK (TRUE AND NOT FALSE AND NULL IS NULL),
  CHECK (CURRENT_TIMESTAMP <> '' AND CURRENT_DATE <> '' AND CURRENT_TIME <> ''),
  CHECK (- - a = a AND NOT NOT b),
  CHECK (a BETWEEN 1 AND 10 AND b BETWEEN 2 AND 3)
);

CREATE TABLE ex_functions (
  a TEXT CHECK (json_valid(a)),
  b TEXT CHECK (typeof(b) IN ('text', 'null')),
  e TEXT CHECK (instr(e, '@') > 1 AND substr(e, -4) = '.com'),
  f INTEGER CHECK (abs(f) < 10 AND round(f, 2) = f),
  g TEXT CHECK (glob('*.txt', g) OR like('%.md', g)),
  h TEXT CHECK (h = trim(h) AND h = upper(h) AND replace(h, ' ', '') <> '')
);

