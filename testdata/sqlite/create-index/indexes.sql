-- What SQLite stores in sqlite_master for ../originals/indexes.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE INDEX items_name ON items (name);

CREATE INDEX items_name_desc ON items (name DESC);

CREATE INDEX items_name_asc_qty_desc ON items (name ASC, qty DESC);

CREATE INDEX items_email_nocase ON items (email COLLATE NOCASE);

CREATE INDEX items_email_rtrim_desc ON items (email COLLATE RTRIM DESC);

CREATE UNIQUE INDEX items_email_lower ON items (lower(email));

CREATE INDEX items_total ON items (price * qty);

CREATE INDEX items_total_desc ON items ((price * qty) DESC, id);

CREATE INDEX items_json ON items (json_extract(data, '$.kind'), data ->> '$.size');

CREATE INDEX items_live ON items (name) WHERE deleted = 0;

CREATE UNIQUE INDEX items_live_email ON items (email) WHERE deleted = 0 AND email IS NOT NULL;

CREATE INDEX items_expensive ON items (price) WHERE price > 100.0 OR qty BETWEEN 1 AND 10;

CREATE INDEX items_named ON items (name) WHERE name NOT LIKE 'test%' AND name NOT IN ('a', 'b');

CREATE INDEX items_substr ON items (substr(name, 1, 3) COLLATE NOCASE ASC);

CREATE INDEX items_date ON items (date(created)) WHERE created IS NOT NULL;

CREATE INDEX items_case ON items (CASE WHEN qty > 0 THEN 1 ELSE 0 END);

CREATE INDEX items_cast ON items (CAST(price AS INTEGER));

CREATE INDEX "items quoted" ON "items" ("name", [email], `qty`);

