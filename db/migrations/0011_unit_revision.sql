CREATE TABLE `unit_revision` (
	`id` integer PRIMARY KEY NOT NULL,
	`token` text NOT NULL
);
--> statement-breakpoint
DROP INDEX `organisations_parent_idx`;--> statement-breakpoint
CREATE INDEX `organisations_children_idx` ON `organisations` (`parent_id`,`sort_order`,`code`);--> statement-breakpoint
-- Issue 8: a reader may keep a level's children in memory for as long as `token` stays the same
-- (see db/src/schema/unit-revision.ts). Every change to a unit gives a new random token, in the same
-- transaction as the change.
INSERT INTO `unit_revision` (`id`, `token`) VALUES (1, lower(hex(randomblob(8))));--> statement-breakpoint
CREATE TRIGGER `unit_revision_insert` AFTER INSERT ON `organisations`
BEGIN
  UPDATE `unit_revision` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `unit_revision_update` AFTER UPDATE ON `organisations`
BEGIN
  UPDATE `unit_revision` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `unit_revision_delete` AFTER DELETE ON `organisations`
BEGIN
  UPDATE `unit_revision` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
