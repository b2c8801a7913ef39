CREATE TABLE `access_change_approvals` (
	`change_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`decision` text,
	`decided_by` integer,
	`decided_at` text,
	PRIMARY KEY(`change_id`, `organisation_id`),
	FOREIGN KEY (`change_id`) REFERENCES `access_changes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `access_change_approvals_org` ON `access_change_approvals` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `access_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`partnership_id` integer,
	`organisation_id` integer NOT NULL,
	`role` text NOT NULL,
	`previous_role` text,
	`invitation_id` integer,
	`asked_by` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`exception` text,
	`decided_at` text,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invitation_id`) REFERENCES `invitations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`asked_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `access_changes_partnership` ON `access_changes` (`partnership_id`,`status`);--> statement-breakpoint
CREATE INDEX `access_changes_invitation` ON `access_changes` (`invitation_id`);--> statement-breakpoint
ALTER TABLE `partnership_members` ADD `since` text DEFAULT '1970-01-01T00:00:00.000Z' NOT NULL;