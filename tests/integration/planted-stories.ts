// Stories planted straight into the stories table, for tests that need many of them, or old ones, without
// going through telling: sealed exactly as the app seals them, so every page and count reads them as real.
import { eq } from "drizzle-orm";
import { writeTransaction } from "../../db/client";
import { stories, storyThemes, themes, type ConsentScope } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { seal } from "../../app/models/platform/sealed-fields.server";

export type PlantedStory = {
  partnershipId: number;
  roundId: number;
  organisationId: number;
  text: string;
  scope: ConsentScope;
  personId?: number | null;
  attribution?: "anonymous" | "name" | "organisation";
  signedName?: string;
  dimensions?: string[];
  felt?: number | null;
  power?: "us" | "them" | "shared" | null;
  createdAt?: string;
  withdrawn?: boolean;
  /** A withdrawn story whose text was (wrongly) left behind: proves the filter, not the erasure, hides it. */
  keepTextWhenWithdrawn?: boolean;
  themeNames?: string[];
};

/** A story row sealed exactly as telling one seals it; a withdrawn one keeps no text, as withdrawal leaves it. */
export function plantStory(s: PlantedStory): number {
  return writeTransaction(db(), (tx) => {
    const { id } = tx
      .insert(stories)
      .values({
        roundId: s.roundId,
        partnershipId: s.partnershipId,
        organisationId: s.organisationId,
        personId: s.personId ?? null,
        version: "test",
        textEnc: "",
        language: "en",
        dimensions: s.dimensions ?? [],
        felt: s.felt ?? null,
        power: s.power ?? null,
        scope: s.scope,
        attribution: s.attribution ?? "anonymous",
        ...(s.createdAt ? { createdAt: s.createdAt } : {}),
      })
      .returning({ id: stories.id })
      .get();
    tx.update(stories)
      .set({
        textEnc: s.withdrawn && !s.keepTextWhenWithdrawn ? null : seal({ table: "stories", column: "text" }, id, s.text),
        signedNameEnc: s.signedName ? seal({ table: "stories", column: "signed_name" }, id, s.signedName) : null,
        withdrawnAt: s.withdrawn ? new Date().toISOString() : null,
      })
      .where(eq(stories.id, id))
      .run();
    for (const name of s.themeNames ?? []) {
      const theme =
        tx.select({ id: themes.id }).from(themes).where(eq(themes.name, name)).get() ??
        tx.insert(themes).values({ partnershipId: s.partnershipId, name }).returning({ id: themes.id }).get();
      tx.insert(storyThemes).values({ storyId: id, themeId: theme.id }).run();
    }
    return id;
  });
}
