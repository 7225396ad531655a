CREATE TABLE `comment_period_extensions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`period_id` text NOT NULL,
	`previous_ends_at` integer NOT NULL,
	`new_ends_at` integer NOT NULL,
	`reason` text NOT NULL,
	`extended_by` text NOT NULL,
	`extended_at` integer NOT NULL,
	FOREIGN KEY (`period_id`) REFERENCES `comment_periods`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`extended_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `comment_periods` (
	`id` text PRIMARY KEY NOT NULL,
	`standard_id` text NOT NULL,
	`version_id` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`standard_id`) REFERENCES `standards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`version_id`) REFERENCES `standard_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `comment_periods_standard_id_index` ON `comment_periods` (`standard_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `comments` (
	`id` text PRIMARY KEY NOT NULL,
	`period_id` text NOT NULL,
	`standard_id` text NOT NULL,
	`author_id` text NOT NULL,
	`clause_id` text NOT NULL,
	`type` text NOT NULL,
	`comment` text NOT NULL,
	`proposed_change` text,
	`reason` text,
	`element_reference` text,
	`anchor` text,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`period_id`) REFERENCES `comment_periods`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`standard_id`) REFERENCES `standards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `comments_standard_id_index` ON `comments` (`standard_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `comments_period_author_index` ON `comments` (`period_id`,`author_id`);--> statement-breakpoint
CREATE TABLE `stakeholder_profiles` (
	`user_id` text PRIMARY KEY NOT NULL,
	`full_name` text NOT NULL,
	`organisation` text NOT NULL,
	`email` text NOT NULL,
	`phone` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
