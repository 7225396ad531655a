-- Dispositions and reactions are evidence for the approval package: a change is a new row, never an edit.
CREATE TRIGGER `comment_dispositions_refuse_update` BEFORE UPDATE ON `comment_dispositions`
BEGIN
  SELECT RAISE(ABORT, 'recorded dispositions cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `comment_dispositions_refuse_delete` BEFORE DELETE ON `comment_dispositions`
BEGIN
  SELECT RAISE(ABORT, 'recorded dispositions cannot be deleted');
END;
--> statement-breakpoint
CREATE TRIGGER `comment_reactions_refuse_update` BEFORE UPDATE ON `comment_reactions`
BEGIN
  SELECT RAISE(ABORT, 'recorded reactions cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `comment_reactions_refuse_delete` BEFORE DELETE ON `comment_reactions`
BEGIN
  SELECT RAISE(ABORT, 'recorded reactions cannot be deleted');
END;
