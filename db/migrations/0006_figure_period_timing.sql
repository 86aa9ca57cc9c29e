ALTER TABLE `figures` ADD `period` text DEFAULT 'year' NOT NULL;--> statement-breakpoint
ALTER TABLE `figures` ADD `timing` text;--> statement-breakpoint
CREATE INDEX `figures_org_year_idx` ON `figures` (`org_id`,`year`);