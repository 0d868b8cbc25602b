-- What SQLite stores in sqlite_master for ../originals/sakila.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE INDEX idx_actor_last_name ON actor(last_name);

CREATE INDEX idx_fk_country_id ON city(country_id);

CREATE INDEX idx_fk_language_id ON film(language_id);

CREATE INDEX idx_fk_original_language_id ON film(original_language_id);

CREATE INDEX idx_fk_staff_id ON payment(staff_id);

CREATE INDEX idx_fk_customer_id ON payment(customer_id);

