CREATE TABLE `implementation_feedback` (
	`id` text PRIMARY KEY NOT NULL,
	`standard_id` text NOT NULL,
	`publication_id` text NOT NULL,
	`clause_id` text,
	`clause_label` text,
	`quoted_text` text,
	`category` text NOT NULL,
	`text` text NOT NULL,
	`organisation` text,
	`contact` text,
	`submitted_by` text NOT NULL,
	`submitted_at` integer NOT NULL,
	`answer` text,
	`answered_by` text,
	`answered_at` integer,
	FOREIGN KEY (`standard_id`) REFERENCES `standards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`publication_id`) REFERENCES `publications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`answered_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `implementation_feedback_standard_index` ON `implementation_feedback` (`standard_id`,`submitted_at`);
--> statement-breakpoint
CREATE INDEX `implementation_feedback_sender_index` ON `implementation_feedback` (`submitted_by`,`submitted_at`);
--> statement-breakpoint
-- An answer, once given, is final: a follow-up is new feedback, so the record log and the row never disagree.
CREATE TRIGGER `implementation_feedback_answer_is_final`
BEFORE UPDATE ON `implementation_feedback`
WHEN OLD.`answer` IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'implementation feedback that has an answer cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `implementation_feedback_is_kept`
BEFORE DELETE ON `implementation_feedback`
BEGIN
	SELECT RAISE(ABORT, 'implementation feedback cannot be deleted');
END;
--> statement-breakpoint
CREATE TABLE `complaints` (
	`id` text PRIMARY KEY NOT NULL,
	`standard_id` text NOT NULL,
	`publication_id` text NOT NULL,
	`body_code` text NOT NULL,
	`case_year` integer NOT NULL,
	`case_sequence` integer NOT NULL,
	`case_number` text NOT NULL,
	`about` text NOT NULL,
	`text` text NOT NULL,
	`contact` text,
	`lodged_by` text NOT NULL,
	`received_at` integer NOT NULL,
	`received_on` text NOT NULL,
	`answer_due_on` text NOT NULL,
	`status` text NOT NULL,
	FOREIGN KEY (`standard_id`) REFERENCES `standards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`publication_id`) REFERENCES `publications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lodged_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `complaints_case_index` ON `complaints` (`body_code`,`case_year`,`case_sequence`);
--> statement-breakpoint
CREATE UNIQUE INDEX `complaints_case_number_index` ON `complaints` (`case_number`);
--> statement-breakpoint
CREATE INDEX `complaints_standard_index` ON `complaints` (`standard_id`,`received_at`);
--> statement-breakpoint
CREATE INDEX `complaints_complainant_index` ON `complaints` (`lodged_by`,`received_at`);
--> statement-breakpoint
-- Only the status moves; what was lodged, when, and its case number stay as received.
CREATE TRIGGER `complaints_keep_what_was_lodged`
BEFORE UPDATE ON `complaints`
WHEN NEW.`id` IS NOT OLD.`id` OR NEW.`case_number` IS NOT OLD.`case_number` OR NEW.`text` IS NOT OLD.`text`
	OR NEW.`about` IS NOT OLD.`about` OR NEW.`lodged_by` IS NOT OLD.`lodged_by` OR NEW.`received_at` IS NOT OLD.`received_at`
	OR NEW.`answer_due_on` IS NOT OLD.`answer_due_on` OR NEW.`contact` IS NOT OLD.`contact`
BEGIN
	SELECT RAISE(ABORT, 'a complaint keeps what was lodged; only its status moves');
END;
--> statement-breakpoint
CREATE TRIGGER `complaints_are_kept`
BEFORE DELETE ON `complaints`
BEGIN
	SELECT RAISE(ABORT, 'complaints cannot be deleted');
END;
--> statement-breakpoint
CREATE TABLE `complaint_steps` (
	`id` text PRIMARY KEY NOT NULL,
	`complaint_id` text NOT NULL,
	`status` text NOT NULL,
	`answer` text,
	`note` text,
	`taken_by` text NOT NULL,
	`taken_at` integer NOT NULL,
	FOREIGN KEY (`complaint_id`) REFERENCES `complaints`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`taken_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `complaint_steps_complaint_index` ON `complaint_steps` (`complaint_id`,`taken_at`);
--> statement-breakpoint
CREATE TRIGGER `complaint_steps_are_append_only_update`
BEFORE UPDATE ON `complaint_steps`
BEGIN
	SELECT RAISE(ABORT, 'complaint steps are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `complaint_steps_are_append_only_delete`
BEFORE DELETE ON `complaint_steps`
BEGIN
	SELECT RAISE(ABORT, 'complaint steps are append-only');
END;
