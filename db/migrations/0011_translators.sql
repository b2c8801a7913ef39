ALTER TABLE `memberships` ADD `translator_since` text;--> statement-breakpoint
ALTER TABLE `access_changes` ADD `subject_person_id` integer REFERENCES people(id);