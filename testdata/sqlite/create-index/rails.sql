-- What SQLite stores in sqlite_master for ../originals/rails.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE UNIQUE INDEX "index_users_on_email" ON "users" ("email");

CREATE UNIQUE INDEX "index_users_on_reset_password_token" ON "users" ("reset_password_token");

CREATE INDEX "index_posts_on_user_id" ON "posts" ("user_id");

CREATE INDEX "index_posts_on_status_and_published_at" ON "posts" ("status", "published_at" DESC);

CREATE UNIQUE INDEX "index_active_storage_blobs_on_key" ON "active_storage_blobs" ("key");

CREATE UNIQUE INDEX "index_active_storage_attachments_uniqueness" ON "active_storage_attachments" ("record_type", "record_id", "name", "blob_id");

CREATE INDEX "index_comments_on_post_id" ON "comments" ("post_id") WHERE body IS NOT NULL;

