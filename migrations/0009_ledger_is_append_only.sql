-- The record log is evidence: a record or a signed checkpoint, once written, is never changed or removed.
CREATE TRIGGER `ledger_records_refuse_update` BEFORE UPDATE ON `ledger_records`
BEGIN
  SELECT RAISE(ABORT, 'records of the record log cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `ledger_records_refuse_delete` BEFORE DELETE ON `ledger_records`
BEGIN
  SELECT RAISE(ABORT, 'records of the record log cannot be deleted');
END;
--> statement-breakpoint
CREATE TRIGGER `ledger_checkpoints_refuse_update` BEFORE UPDATE ON `ledger_checkpoints`
BEGIN
  SELECT RAISE(ABORT, 'signed checkpoints cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `ledger_checkpoints_refuse_delete` BEFORE DELETE ON `ledger_checkpoints`
BEGIN
  SELECT RAISE(ABORT, 'signed checkpoints cannot be deleted');
END;
