-- DDL as drizzle-kit generate writes it for SQLite: backtick names, tabs, fixed fragment order,
-- table-level foreign keys with lower-case actions, unique constraints as separate indexes,
-- statement breakpoints as comments, and the __new_ table rebuild.
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`age` integer DEFAULT 18,
	`is_active` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`bio` text DEFAULT 'it''s',
	`meta` text DEFAULT '{"a":1}',
	`data` blob,
	CONSTRAINT "age_check" CHECK("users"."age" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `indexColExpr` ON `users` ((lower("email")),`email`);--> statement-breakpoint
CREATE INDEX `active_age` ON `users` (`age`) WHERE "users"."is_active" = 1;--> statement-breakpoint
CREATE TABLE `posts` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`author_id` integer NOT NULL,
	`score` real DEFAULT 1.5,
	`slug` text GENERATED ALWAYS AS (lower("title")) VIRTUAL,
	`title_len` integer GENERATED ALWAYS AS (length("title")) STORED,
	`created_at` text DEFAULT CURRENT_TIMESTAMP,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `post_tags` (
	`post_id` integer NOT NULL,
	`tag` text NOT NULL,
	PRIMARY KEY(`post_id`, `tag`),
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE set null ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `post_tags_tag_idx` ON `post_tags` (`tag`,`post_id`);--> statement-breakpoint
CREATE TABLE `accounts` (
	`user_id` integer NOT NULL,
	`provider` text NOT NULL,
	`provider_account_id` text NOT NULL,
	`expires_at` integer,
	PRIMARY KEY(`provider`, `provider_account_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE cascade ON DELETE set default
);
--> statement-breakpoint
CREATE TABLE `comments` (
	`id` text PRIMARY KEY NOT NULL,
	`post_id` integer,
	`parent_id` text,
	`body` text NOT NULL,
	`flags` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`parent_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_comments` (
	`id` text PRIMARY KEY NOT NULL,
	`post_id` integer NOT NULL,
	`parent_id` text,
	`body` text NOT NULL,
	`flags` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`parent_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "body_not_empty" CHECK("__new_comments"."body" <> '')
);
--> statement-breakpoint
INSERT INTO `__new_comments`("id", "post_id", "parent_id", "body", "flags") SELECT "id", "post_id", "parent_id", "body", "flags" FROM `comments`;--> statement-breakpoint
DROP TABLE `comments`;--> statement-breakpoint
ALTER TABLE `__new_comments` RENAME TO `comments`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `comments_post_idx` ON `comments` (`post_id`);--> statement-breakpoint
ALTER TABLE `posts` ADD `summary` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `posts` ADD `editor_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `users` RENAME COLUMN "bio" TO "about";
