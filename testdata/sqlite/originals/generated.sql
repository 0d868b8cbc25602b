-- Generated columns: stored and virtual, with and without GENERATED ALWAYS.
CREATE TABLE gen (
  a INTEGER,
  b INTEGER,
  c INTEGER GENERATED ALWAYS AS (a + b) STORED,
  d INTEGER GENERATED ALWAYS AS (a * b) VIRTUAL,
  e INTEGER GENERATED ALWAYS AS (a - b),
  f INTEGER AS (a / b) STORED,
  g INTEGER AS (a % b) VIRTUAL,
  h TEXT AS (a || '-' || b),
  i AS (coalesce(a, b, 0)),
  j TEXT NOT NULL GENERATED ALWAYS AS (printf('%d', a)) STORED UNIQUE,
  k INTEGER AS (CASE WHEN a > b THEN a ELSE b END) CHECK (k >= 0),
  l TEXT COLLATE NOCASE AS (lower(h)) VIRTUAL
);
CREATE TABLE gen_json (
  doc TEXT NOT NULL,
  name TEXT GENERATED ALWAYS AS (doc ->> '$.name') VIRTUAL,
  tags TEXT GENERATED ALWAYS AS (json_extract(doc, '$.tags')) STORED,
  first_tag TEXT AS (doc -> '$.tags[0]')
);
CREATE INDEX gen_c ON gen (c);
CREATE INDEX gen_json_name ON gen_json (name) WHERE name IS NOT NULL;
