DROP INDEX `metric_values_round`;--> statement-breakpoint
CREATE INDEX `metric_values_round` ON `metric_values` (`round_id`,`dimension`,`perspective`,`value`);