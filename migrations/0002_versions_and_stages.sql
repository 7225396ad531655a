CREATE TABLE `clause_edits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_name` text NOT NULL,
	`clause_id` text NOT NULL,
	`user_id` text NOT NULL,
	`edited_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `clause_edits_clause_index` ON `clause_edits` (`document_name`,`clause_id`,`id`);--> statement-breakpoint
CREATE TABLE `stage_moves` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`standard_id` text NOT NULL,
	`from_stage` text NOT NULL,
	`to_stage` text NOT NULL,
	`note` text,
	`moved_by` text NOT NULL,
	`moved_at` integer NOT NULL,
	`version_id` text NOT NULL,
	FOREIGN KEY (`standard_id`) REFERENCES `standards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`moved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`version_id`) REFERENCES `standard_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stage_moves_standard_id_index` ON `stage_moves` (`standard_id`,`id`);--> statement-breakpoint
CREATE TABLE `standard_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`standard_id` text NOT NULL,
	`name` text NOT NULL,
	`stage` text NOT NULL,
	`reason` text NOT NULL,
	`state` blob NOT NULL,
	`metadata` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`standard_id`) REFERENCES `standards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `standard_versions_standard_id_index` ON `standard_versions` (`standard_id`,`created_at`);