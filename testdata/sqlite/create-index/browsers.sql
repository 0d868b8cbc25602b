-- What SQLite stores in sqlite_master for ../originals/browsers.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE INDEX moz_places_url_hashindex ON moz_places (url_hash);

CREATE INDEX moz_places_hostindex ON moz_places (rev_host);

CREATE INDEX moz_places_visitcount ON moz_places (visit_count);

CREATE INDEX moz_places_frecencyindex ON moz_places (frecency);

CREATE INDEX moz_places_lastvisitdateindex ON moz_places (last_visit_date);

CREATE UNIQUE INDEX moz_places_guid_uniqueindex ON moz_places (guid);

CREATE INDEX moz_places_originidindex ON moz_places (origin_id);

CREATE INDEX moz_historyvisits_placedateindex ON moz_historyvisits (place_id, visit_date);

CREATE INDEX moz_bookmarks_itemindex ON moz_bookmarks (fk, type);

CREATE INDEX moz_bookmarks_parentindex ON moz_bookmarks (parent, position);

CREATE INDEX urls_url_index ON urls (url);

