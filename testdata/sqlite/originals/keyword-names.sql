-- PENDING (grammar bug): SQLite lets these keywords be names without quotes (its parser falls
-- back to an identifier for them), and real schemas use several of them (desc, end, match).
-- The grammar's softKeyword lacks them, so the stored statements fail to parse.
CREATE TABLE products (id INTEGER PRIMARY KEY, desc TEXT, asc INTEGER);
CREATE TABLE events (id INTEGER PRIMARY KEY, start INTEGER, end INTEGER, CHECK (end >= start));
CREATE TABLE games (id INTEGER PRIMARY KEY, match TEXT, cast TEXT);
CREATE TABLE patterns (like TEXT, glob TEXT, regexp TEXT);
CREATE TABLE clock (current_time TEXT, current_date TEXT, current_timestamp TEXT);
CREATE TABLE flags (true INTEGER, false INTEGER);
CREATE INDEX events_end ON events (end DESC);
CREATE INDEX products_desc ON products (desc);
