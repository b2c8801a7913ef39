CREATE TABLE `quote_choices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`section` text NOT NULL,
	`section_key` text NOT NULL,
	`story_id` integer,
	`narrative_id` integer,
	`position` integer DEFAULT 0 NOT NULL,
	`chosen_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`story_id`) REFERENCES `stories`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`chosen_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `quote_choices_round` ON `quote_choices` (`round_id`,`section`,`section_key`);--> statement-breakpoint
CREATE TABLE `report_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`number` integer NOT NULL,
	`content` text NOT NULL,
	`content_hash` text NOT NULL,
	`figure_count` integer DEFAULT 0 NOT NULL,
	`suppressed_count` integer DEFAULT 0 NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_versions_number` ON `report_versions` (`report_id`,`number`);--> statement-breakpoint
ALTER TABLE `actions` ADD `changed_after_verdict_at` text;--> statement-breakpoint
ALTER TABLE `metric_values` ADD `about_organisation_id` integer;--> statement-breakpoint
ALTER TABLE `report_reviews` ADD `version_id` integer;--> statement-breakpoint
ALTER TABLE `reports` ADD `released_version_id` integer;