CREATE TABLE `figures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`org_id` integer NOT NULL,
	`indicator_key` text NOT NULL,
	`year` integer NOT NULL,
	`actual` integer,
	`actual_qualifier` text DEFAULT 'exact' NOT NULL,
	`target` integer,
	`target_derived` integer DEFAULT false NOT NULL,
	`stated_percent` real,
	`note` text,
	`illustrative` integer DEFAULT false NOT NULL,
	`source_id` integer,
	`quote` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_key`) REFERENCES `indicators`(`key`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `figures_cell_uq` ON `figures` (`org_id`,`indicator_key`,`year`);--> statement-breakpoint
CREATE INDEX `figures_year_idx` ON `figures` (`year`,`indicator_key`);--> statement-breakpoint
CREATE TABLE `indicators` (
	`key` text PRIMARY KEY NOT NULL,
	`name_vi` text NOT NULL,
	`short_name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	`unit_kind` text NOT NULL,
	`unit_label` text NOT NULL,
	`measure` text NOT NULL,
	`takes_target` integer NOT NULL,
	`higher_is_better` integer DEFAULT true NOT NULL,
	`headline` integer DEFAULT false NOT NULL,
	`first_year` integer,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`full_name` text NOT NULL,
	`kind` text NOT NULL,
	`admin_type` text,
	`parent_id` integer,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_code_unique` ON `organisations` (`code`);--> statement-breakpoint
CREATE INDEX `organisations_parent_idx` ON `organisations` (`parent_id`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`publisher` text,
	`url` text,
	`file` text,
	`published_on` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_slug_unique` ON `sources` (`slug`);