CREATE TABLE `figure_revisions` (
	`figure_id` integer PRIMARY KEY NOT NULL,
	`actual_rev` integer DEFAULT 0 NOT NULL,
	`target_rev` integer DEFAULT 0 NOT NULL,
	`note_rev` integer DEFAULT 0 NOT NULL,
	`target_illustrative` integer NOT NULL,
	FOREIGN KEY (`figure_id`) REFERENCES `figures`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `history` ADD `origin` text DEFAULT 'form' NOT NULL;--> statement-breakpoint
ALTER TABLE `history` ADD `origin_file` text;--> statement-breakpoint
ALTER TABLE `history` ADD `origin_sheet` text;--> statement-breakpoint
ALTER TABLE `history` ADD `origin_cell` text;--> statement-breakpoint
ALTER TABLE `history` ADD `origin_quote` text;--> statement-breakpoint
ALTER TABLE `history` ADD `origin_period` text;--> statement-breakpoint
ALTER TABLE `history` ADD `old_qualifier` text;--> statement-breakpoint
ALTER TABLE `history` ADD `new_qualifier` text;--> statement-breakpoint
CREATE INDEX `history_report_idx` ON `history` (`org_id`,`year`);