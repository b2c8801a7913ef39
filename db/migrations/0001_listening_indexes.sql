CREATE INDEX `action_stories_story` ON `action_stories` (`story_id`);--> statement-breakpoint
CREATE INDEX `story_answers_story` ON `story_answers` (`story_id`);