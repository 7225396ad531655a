-- A checkpoint also signs each standard's head (record count and last hash), so a standard's export proves complete.
ALTER TABLE `ledger_checkpoints` ADD `standard_heads_root` text;--> statement-breakpoint
ALTER TABLE `ledger_checkpoints` ADD `standard_count` integer;
