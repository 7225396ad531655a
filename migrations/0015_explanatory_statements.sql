-- The 编制说明 frozen with each version of the draft: what went out with the 征求意见稿, was reviewed or was published.
CREATE TABLE `explanatory_statement_versions` (
	`version_id` text PRIMARY KEY NOT NULL,
	`standard_id` text NOT NULL,
	`state` blob NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `standard_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`standard_id`) REFERENCES `standards`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `explanatory_statement_versions_standard_id_index` ON `explanatory_statement_versions` (`standard_id`,`created_at`);
--> statement-breakpoint
CREATE TRIGGER `explanatory_statement_versions_refuse_update` BEFORE UPDATE ON `explanatory_statement_versions`
BEGIN
  SELECT RAISE(ABORT, 'frozen explanatory statements cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `explanatory_statement_versions_refuse_delete` BEFORE DELETE ON `explanatory_statement_versions`
BEGIN
  SELECT RAISE(ABORT, 'frozen explanatory statements cannot be deleted');
END;
--> statement-breakpoint
-- A ticket opens one document: the draft or the 编制说明 it was issued for.
ALTER TABLE `collaboration_tickets` ADD `document_kind` text DEFAULT 'draft' NOT NULL;
