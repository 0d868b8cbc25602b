-- What SQLite stores in sqlite_master for ../originals/drizzle-kit.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);

CREATE INDEX `indexColExpr` ON `users` ((lower("email")),`email`);

CREATE INDEX `active_age` ON `users` (`age`) WHERE "users"."is_active" = 1;

CREATE INDEX `post_tags_tag_idx` ON `post_tags` (`tag`,`post_id`);

CREATE INDEX `comments_post_idx` ON `comments` (`post_id`);

