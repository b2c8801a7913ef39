CREATE TABLE `form_submissions` (
	`token` text PRIMARY KEY NOT NULL,
	`person_id` integer NOT NULL,
	`path` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `narratives` ADD `public_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `narratives_public_id` ON `narratives` (`public_id`) WHERE "narratives"."public_id" <> '';--> statement-breakpoint
ALTER TABLE `stories` ADD `public_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `stories_public_id` ON `stories` (`public_id`) WHERE "stories"."public_id" <> '';--> statement-breakpoint
-- hand-written:
-- Rows made before public ids get one (16 random bytes as hex); afterwards the app gives each new row its own, and
-- these triggers give one to any row inserted without it, so no story or example answer is ever left with ''.
UPDATE `stories` SET `public_id` = lower(hex(randomblob(16))) WHERE `public_id` = '';--> statement-breakpoint
UPDATE `narratives` SET `public_id` = lower(hex(randomblob(16))) WHERE `public_id` = '';--> statement-breakpoint
CREATE TRIGGER `stories_public_id_fill` AFTER INSERT ON `stories` FOR EACH ROW WHEN NEW.`public_id` = '' BEGIN
	UPDATE `stories` SET `public_id` = lower(hex(randomblob(16))) WHERE `id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `narratives_public_id_fill` AFTER INSERT ON `narratives` FOR EACH ROW WHEN NEW.`public_id` = '' BEGIN
	UPDATE `narratives` SET `public_id` = lower(hex(randomblob(16))) WHERE `id` = NEW.`id`;
END;
