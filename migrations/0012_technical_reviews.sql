CREATE TABLE `review_rule_sets` (
	`id` text PRIMARY KEY NOT NULL,
	`definition` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `site_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_by` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`standard_id` text NOT NULL,
	`version_id` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`rule_set_id` text NOT NULL,
	`rule_set` text NOT NULL,
	`starts_at` integer,
	`mode` text,
	`location` text,
	`online_link` text,
	`opens_at` integer,
	`closes_at` integer,
	`drafting_organisations` text NOT NULL,
	`version_hash` text NOT NULL,
	`materials_published_at` integer,
	`materials_checkpoint_hash` text,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`standard_id`) REFERENCES `standards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`version_id`) REFERENCES `standard_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reviews_standard_index` ON `reviews` (`standard_id`,`created_at`);
--> statement-breakpoint
CREATE TABLE `review_panel_members` (
	`review_id` text NOT NULL,
	`user_id` text NOT NULL,
	`organisation` text NOT NULL,
	`title` text,
	`position` text NOT NULL,
	`ordinal` integer NOT NULL,
	PRIMARY KEY(`review_id`, `user_id`),
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `review_panel_members_user_index` ON `review_panel_members` (`user_id`);
--> statement-breakpoint
CREATE TABLE `review_attendance` (
	`id` text PRIMARY KEY NOT NULL,
	`review_id` text NOT NULL,
	`user_id` text NOT NULL,
	`present` integer NOT NULL,
	`recorded_by` text NOT NULL,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `review_attendance_review_index` ON `review_attendance` (`review_id`,`recorded_at`);
--> statement-breakpoint
CREATE TABLE `review_motions` (
	`id` text PRIMARY KEY NOT NULL,
	`review_id` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`state` text NOT NULL,
	`roster` text,
	`rule_set` text,
	`opened_by` text,
	`opened_at` integer,
	`closed_by` text,
	`closed_at` integer,
	`tally` text,
	`outcome` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`opened_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`closed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `review_motions_review_index` ON `review_motions` (`review_id`,`created_at`);
--> statement-breakpoint
CREATE TABLE `review_ballots` (
	`id` text PRIMARY KEY NOT NULL,
	`motion_id` text NOT NULL,
	`voter_id` text NOT NULL,
	`vote` text NOT NULL,
	`reason` text,
	`entered_by` text,
	`supersedes_id` text,
	`cast_at` integer NOT NULL,
	FOREIGN KEY (`motion_id`) REFERENCES `review_motions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entered_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `review_ballots_motion_index` ON `review_ballots` (`motion_id`,`cast_at`);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_ballots_first_index` ON `review_ballots` (`motion_id`,`voter_id`) WHERE supersedes_id IS NULL;
--> statement-breakpoint
CREATE UNIQUE INDEX `review_ballots_supersedes_index` ON `review_ballots` (`supersedes_id`);
--> statement-breakpoint
CREATE TABLE `review_opinions` (
	`id` text PRIMARY KEY NOT NULL,
	`review_id` text NOT NULL,
	`text` text NOT NULL,
	`written_by` text NOT NULL,
	`written_at` integer NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`written_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `review_opinions_review_index` ON `review_opinions` (`review_id`,`written_at`);
--> statement-breakpoint
CREATE TABLE `review_opinion_responses` (
	`id` text PRIMARY KEY NOT NULL,
	`opinion_id` text NOT NULL,
	`decision` text NOT NULL,
	`reason` text,
	`responded_by` text NOT NULL,
	`responded_at` integer NOT NULL,
	FOREIGN KEY (`opinion_id`) REFERENCES `review_opinions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `review_opinion_responses_opinion_index` ON `review_opinion_responses` (`opinion_id`,`responded_at`);
--> statement-breakpoint
CREATE TABLE `review_attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`review_id` text NOT NULL,
	`filename` text NOT NULL,
	`content_type` text NOT NULL,
	`content` blob NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`uploaded_by` text NOT NULL,
	`uploaded_at` integer NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `review_attachments_review_index` ON `review_attachments` (`review_id`,`uploaded_at`);
--> statement-breakpoint
-- Ballots and attendance are evidence: once written they are never changed or removed.
CREATE TRIGGER `review_ballots_refuse_update` BEFORE UPDATE ON `review_ballots`
BEGIN
  SELECT RAISE(ABORT, 'ballots cannot be changed; a change is a new ballot');
END;
--> statement-breakpoint
CREATE TRIGGER `review_ballots_refuse_delete` BEFORE DELETE ON `review_ballots`
BEGIN
  SELECT RAISE(ABORT, 'ballots cannot be deleted');
END;
--> statement-breakpoint
CREATE TRIGGER `review_attendance_refuse_update` BEFORE UPDATE ON `review_attendance`
BEGIN
  SELECT RAISE(ABORT, 'attendance records cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `review_attendance_refuse_delete` BEFORE DELETE ON `review_attendance`
BEGIN
  SELECT RAISE(ABORT, 'attendance records cannot be deleted');
END;
--> statement-breakpoint
CREATE TRIGGER `review_motions_closed_are_final` BEFORE UPDATE ON `review_motions` WHEN OLD.state = 'closed'
BEGIN
  SELECT RAISE(ABORT, 'a closed motion cannot be changed');
END;
