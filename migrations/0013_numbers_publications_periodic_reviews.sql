CREATE TABLE `standard_sequence_numbers` (
	`body_code` text NOT NULL,
	`sequence_number` text NOT NULL,
	`standard_id` text NOT NULL,
	`first_assigned_at` integer NOT NULL,
	PRIMARY KEY(`body_code`, `sequence_number`),
	FOREIGN KEY (`standard_id`) REFERENCES `standards`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `publications` (
	`id` text PRIMARY KEY NOT NULL,
	`standard_id` text NOT NULL,
	`body_code` text NOT NULL,
	`sequence_number` text NOT NULL,
	`year` integer NOT NULL,
	`replaces_publication_id` text,
	`assigned_by` text NOT NULL,
	`assigned_at` integer NOT NULL,
	`version_id` text,
	`published_on` text,
	`implemented_on` text,
	`published_by` text,
	`published_at` integer,
	`docx` blob,
	`docx_sha256` text,
	`pdf` blob,
	`pdf_sha256` text,
	`published_process_documents` text DEFAULT '[]' NOT NULL,
	`review_due_on` text,
	`withdrawn_on` text,
	`withdrawn_at` integer,
	FOREIGN KEY (`standard_id`) REFERENCES `standards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assigned_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`version_id`) REFERENCES `standard_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `publications_number_index` ON `publications` (`body_code`,`sequence_number`,`year`);
--> statement-breakpoint
CREATE INDEX `publications_standard_index` ON `publications` (`standard_id`,`assigned_at`);
--> statement-breakpoint
CREATE TABLE `periodic_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`standard_id` text NOT NULL,
	`publication_id` text NOT NULL,
	`started_by` text NOT NULL,
	`started_at` integer NOT NULL,
	`conclusion` text,
	`conclusion_note` text,
	`concluded_by` text,
	`concluded_at` integer,
	FOREIGN KEY (`standard_id`) REFERENCES `standards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`publication_id`) REFERENCES `publications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`started_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`concluded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `periodic_reviews_standard_index` ON `periodic_reviews` (`standard_id`,`started_at`);
--> statement-breakpoint
-- A published edition keeps its number, version, dates and files; only replacement and withdrawal touch it later.
CREATE TRIGGER `published_editions_keep_their_record` BEFORE UPDATE ON `publications`
WHEN OLD.`published_at` IS NOT NULL AND (
	NEW.`body_code` IS NOT OLD.`body_code` OR NEW.`sequence_number` IS NOT OLD.`sequence_number` OR NEW.`year` IS NOT OLD.`year`
	OR NEW.`version_id` IS NOT OLD.`version_id` OR NEW.`published_on` IS NOT OLD.`published_on` OR NEW.`implemented_on` IS NOT OLD.`implemented_on`
	OR NEW.`published_at` IS NOT OLD.`published_at` OR NEW.`docx_sha256` IS NOT OLD.`docx_sha256` OR NEW.`pdf_sha256` IS NOT OLD.`pdf_sha256`
	OR NEW.`docx` IS NOT OLD.`docx` OR NEW.`pdf` IS NOT OLD.`pdf`
)
BEGIN
	SELECT RAISE(ABORT, 'a published edition cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `published_editions_are_kept` BEFORE DELETE ON `publications`
WHEN OLD.`published_at` IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'a published edition cannot be deleted');
END;
