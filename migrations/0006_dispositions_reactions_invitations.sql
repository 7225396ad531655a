CREATE TABLE `comment_dispositions` (
	`id` text PRIMARY KEY NOT NULL,
	`comment_id` text NOT NULL,
	`decision` text NOT NULL,
	`reason` text,
	`change_clause_id` text,
	`change_from_version_id` text,
	`change_to_version_id` text,
	`supersedes_id` text,
	`decided_by` text NOT NULL,
	`decided_at` integer NOT NULL,
	FOREIGN KEY (`comment_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`change_from_version_id`) REFERENCES `standard_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`change_to_version_id`) REFERENCES `standard_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `comment_dispositions_comment_index` ON `comment_dispositions` (`comment_id`,`decided_at`);--> statement-breakpoint
CREATE TABLE `comment_period_invitations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`period_id` text NOT NULL,
	`organisation` text NOT NULL,
	`contact_name` text,
	`email` text NOT NULL,
	`invited_at` integer NOT NULL,
	FOREIGN KEY (`period_id`) REFERENCES `comment_periods`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `comment_period_invitations_period_index` ON `comment_period_invitations` (`period_id`);--> statement-breakpoint
CREATE TABLE `comment_reactions` (
	`id` text PRIMARY KEY NOT NULL,
	`comment_id` text NOT NULL,
	`disposition_id` text NOT NULL,
	`satisfied` integer NOT NULL,
	`note` text,
	`author_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`comment_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`disposition_id`) REFERENCES `comment_dispositions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `comment_reactions_comment_index` ON `comment_reactions` (`comment_id`,`created_at`);