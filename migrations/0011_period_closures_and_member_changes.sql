CREATE TABLE `comment_period_closures` (
	`period_id` text PRIMARY KEY NOT NULL,
	`reason` text NOT NULL,
	`scheduled_ends_at` integer NOT NULL,
	`closed_by` text NOT NULL,
	`closed_at` integer NOT NULL,
	FOREIGN KEY (`period_id`) REFERENCES `comment_periods`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`closed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `member_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`standard_id` text NOT NULL,
	`user_id` text NOT NULL,
	`previous_role` text,
	`new_role` text,
	`changed_by` text NOT NULL,
	`changed_at` integer NOT NULL,
	FOREIGN KEY (`standard_id`) REFERENCES `standards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`changed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `member_changes_standard_id_index` ON `member_changes` (`standard_id`,`id`);
