-- What SQLite stores in sqlite_master for ../originals/defaults.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE TABLE defaults (
  a INTEGER DEFAULT 1,
  b INTEGER DEFAULT -1,
  c INTEGER DEFAULT +1,
  d REAL DEFAULT 1.5,
  e REAL DEFAULT -1.5e-3,
  f REAL DEFAULT +.5,
  g INTEGER DEFAULT 0x7F,
  h INTEGER DEFAULT -0x10,
  i TEXT DEFAULT 'text',
  j TEXT DEFAULT 'it''s',
  k TEXT DEFAULT '',
  l TEXT DEFAULT NULL,
  m INTEGER DEFAULT TRUE,
  n INTEGER DEFAULT FALSE,
  o TEXT DEFAULT CURRENT_TIME,
  p TEXT DEFAULT CURRENT_DATE,
  q TEXT DEFAULT CURRENT_TIMESTAMP,
  r BLOB DEFAULT X'CAFE',
  s BLOB DEFAULT x'',
  t TEXT DEFAULT "double quoted",
  u INTEGER DEFAULT 9223372036854775807,
  v INTEGER DEFAULT -9223372036854775808,
  w REAL DEFAULT 1e308
);

CREATE TABLE default_bare_words (
  a TEXT DEFAULT abc,
  b TEXT DEFAULT active,
  c TEXT DEFAULT pending NOT NULL,
  d INTEGER DEFAULT yes,
  e TEXT DEFAULT key,
  f TEXT DEFAULT replace
);

CREATE TABLE default_expressions (
  a INTEGER DEFAULT (1 + 2),
  b INTEGER DEFAULT (unixepoch()),
  c TEXT DEFAULT (datetime('now', 'localtime')),
  d INTEGER DEFAULT (-1),
  e TEXT DEFAULT (lower(hex(randomblob(16)))),
  f TEXT DEFAULT ('a' || 'b'),
  g INTEGER DEFAULT (strftime('%s', 'now')),
  h REAL DEFAULT (julianday('now')),
  i TEXT DEFAULT (CURRENT_TIMESTAMP),
  j INTEGER DEFAULT (CASE WHEN 1 THEN 2 END),
  k TEXT DEFAULT (json_object('a', 1, 'b', json_array(1, 2)))
);

CREATE TABLE default_spacing (a INTEGER DEFAULT - 1, b INTEGER DEFAULT+2, c TEXT DEFAULT'x', d INTEGER DEFAULT(3));

