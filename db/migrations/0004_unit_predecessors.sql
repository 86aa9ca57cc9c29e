CREATE TABLE `organisation_predecessors` (
	`org_id` integer NOT NULL,
	`predecessor_id` integer NOT NULL,
	`illustrative` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`org_id`, `predecessor_id`),
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`predecessor_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `organisation_predecessors_predecessor_idx` ON `organisation_predecessors` (`predecessor_id`);