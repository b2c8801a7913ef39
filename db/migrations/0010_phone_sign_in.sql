ALTER TABLE `people` ADD `phone_lookup` text;--> statement-breakpoint
CREATE UNIQUE INDEX `people_phone_lookup_unique` ON `people` (`phone_lookup`);--> statement-breakpoint
ALTER TABLE `outbox` ADD `language` text;
-- hand-written:
-- The lookups of phone numbers saved for SMS before this release are a keyed HMAC (the key is not in the
-- database), so SQL cannot compute them: backfillPhoneLookups() fills them at start-up, before any request.
-- Invitations already waiting in the outbox keep going out in English, as they were written.
UPDATE `outbox` SET `language` = 'en' WHERE `kind` = 'invitation' AND `language` IS NULL;
