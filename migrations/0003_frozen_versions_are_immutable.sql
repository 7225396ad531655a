-- A frozen version is evidence of what was put out for comment, reviewed or approved: it never changes.
CREATE TRIGGER `standard_versions_refuse_update` BEFORE UPDATE ON `standard_versions`
BEGIN
  SELECT RAISE(ABORT, 'frozen versions cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `standard_versions_refuse_delete` BEFORE DELETE ON `standard_versions`
BEGIN
  SELECT RAISE(ABORT, 'frozen versions cannot be deleted');
END;
--> statement-breakpoint
CREATE TRIGGER `stage_moves_refuse_update` BEFORE UPDATE ON `stage_moves`
BEGIN
  SELECT RAISE(ABORT, 'recorded stage moves cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `stage_moves_refuse_delete` BEFORE DELETE ON `stage_moves`
BEGIN
  SELECT RAISE(ABORT, 'recorded stage moves cannot be deleted');
END;
