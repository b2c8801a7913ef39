// The columns of a story card, read alike wherever one is shown (inbox, teller, coordinator). Every query
// using them joins organisations and rounds, and is filtered by the consent check before it runs.
import { sql } from "drizzle-orm";
import { organisations, rounds, stories } from "../../../db/schema";

export const storyCardColumns = {
  id: stories.id,
  publicId: stories.publicId,
  textEnc: stories.textEnc,
  signedNameEnc: stories.signedNameEnc,
  attribution: stories.attribution,
  organisationName: organisations.name,
  roundLabel: rounds.label,
  language: stories.language,
  dimensions: stories.dimensions,
  felt: stories.felt,
  power: stories.power,
  scope: stories.scope,
  createdAt: stories.createdAt,
  // The other organisation of the collaboration tie the story is about, if any (docs/decisions/029).
  tieOrganisationName: sql<string | null>`(select tie.name from organisations tie where tie.id = ${stories.tieOrganisationId})`,
};
