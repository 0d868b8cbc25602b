-- What SQLite stores in sqlite_master for ../originals/drizzle-kit.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`age` integer DEFAULT 18,
	`is_active` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	"about" text DEFAULT 'it''s',
	`meta` text DEFAULT '{"a":1}',
	`data` blob,
	CONSTRAINT "age_check" CHECK("users"."age" >= 0)
);

CREATE TABLE `posts` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`author_id` integer NOT NULL,
	`score` real DEFAULT 1.5,
	`slug` text GENERATED ALWAYS AS (lower("title")) VIRTUAL,
	`title_len` integer GENERATED ALWAYS AS (length("title")) STORED,
	`created_at` text DEFAULT CURRENT_TIMESTAMP, `summary` text DEFAULT '' NOT NULL, `editor_id` integer REFERENCES users(id),
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);

CREATE TABLE `post_tags` (
	`post_id` integer NOT NULL,
	`tag` text NOT NULL,
	PRIMARY KEY(`post_id`, `tag`),
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE set null ON DELETE no action
);

CREATE TABLE `accounts` (
	`user_id` integer NOT NULL,
	`provider` text NOT NULL,
	`provider_account_id` text NOT NULL,
	`expires_at` integer,
	PRIMARY KEY(`provider`, `provider_account_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE cascade ON DELETE set default
);

CREATE TABLE "comments" (
	`id` text PRIMARY KEY NOT NULL,
	`post_id` integer NOT NULL,
	`parent_id` text,
	`body` text NOT NULL,
	`flags` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`parent_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "body_not_empty" CHECK("comments"."body" <> '')
);

