CREATE TABLE `ledger_checkpoints` (
	`tree_size` integer PRIMARY KEY NOT NULL,
	`previous_tree_size` integer NOT NULL,
	`root_hash` text NOT NULL,
	`timestamp` text NOT NULL,
	`public_key` text NOT NULL,
	`signature` text NOT NULL,
	`checkpoint_hash` text NOT NULL,
	`new_leaf_hashes` blob NOT NULL,
	`frontier` blob NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_checkpoints_checkpoint_hash_unique` ON `ledger_checkpoints` (`checkpoint_hash`);--> statement-breakpoint
CREATE TABLE `ledger_records` (
	`sequence` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`standard_id` text NOT NULL,
	`subject_id` text NOT NULL,
	`actor_user_id` text,
	`canonical` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `ledger_records_standard_index` ON `ledger_records` (`standard_id`,`sequence`);--> statement-breakpoint
CREATE INDEX `ledger_records_subject_index` ON `ledger_records` (`subject_id`,`sequence`);