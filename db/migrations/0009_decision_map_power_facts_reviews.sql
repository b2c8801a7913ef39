CREATE TABLE `decision_answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`response_id` integer NOT NULL,
	`round_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`topic` text NOT NULL,
	`actual` text,
	`desired` text,
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `decision_answers_round` ON `decision_answers` (`round_id`);--> statement-breakpoint
CREATE INDEX `decision_answers_response` ON `decision_answers` (`response_id`);--> statement-breakpoint
CREATE TABLE `power_facts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`round_id` integer NOT NULL,
	`about_organisation_id` integer NOT NULL,
	`fact` text NOT NULL,
	`value` text NOT NULL,
	`entered_by` integer NOT NULL,
	`entered_at` text NOT NULL,
	`verdict` text,
	`community_value` text,
	`community_comment` text,
	`verdict_by` integer,
	`verdict_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`about_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entered_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`verdict_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "power_fact_dispute_has_value" CHECK("power_facts"."verdict" is not 'disputed' or "power_facts"."community_value" is not null)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `power_facts_one_per_kind` ON `power_facts` (`round_id`,`about_organisation_id`,`fact`);--> statement-breakpoint
CREATE INDEX `power_facts_partnership` ON `power_facts` (`partnership_id`,`round_id`);--> statement-breakpoint
CREATE TABLE `quarterly_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`round_id` integer NOT NULL,
	`agenda` text,
	`held_on` text,
	`attendance` text DEFAULT '[]' NOT NULL,
	`updated_by` integer,
	`updated_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `quarterly_reviews_round_id_unique` ON `quarterly_reviews` (`round_id`);--> statement-breakpoint
CREATE TABLE `review_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`review_id` integer NOT NULL,
	`text` text NOT NULL,
	`action_id` integer,
	`created_by` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `quarterly_reviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`action_id`) REFERENCES `actions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
