// The demo stories: fictional, told with respect, about being listened to or not. Each names its round
// (0 = oldest past round, 1 = the next, 2 = the open one), its teller (a demo member, or "link" for a story
// told anonymously through the organisation's story link), and the teller's own signification and consent.
import { LISTENING_STORIES } from "./story-texts-listening";
import { OPEN_ROUND_STORIES } from "./story-texts-open";
import { PAST_ROUND_STORIES } from "./story-texts-past";
import type { DemoStoryText } from "./story-text";

export const DEMO_THEMES = ["Safe workplaces", "Access to police", "Low-threshold help", "Working together", "Kusikilizwa"];

export const DEMO_STORIES: DemoStoryText[] = [...PAST_ROUND_STORIES, ...OPEN_ROUND_STORIES, ...LISTENING_STORIES];
