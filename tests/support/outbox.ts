// Reading the outbox as the tests need it, and marking an invitee's instrument as sent.
import { eq } from "drizzle-orm";
import { outbox, responses } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { pinnedVersion } from "../../app/models/rounds/rounds.server";

export const outboxRows = () => db().select().from(outbox).orderBy(outbox.id).all();
export const outboxFor = (personId: number) => outboxRows().filter((r) => r.personId === personId);
export const outboxRow = (id: number) => db().select().from(outbox).where(eq(outbox.id, id)).get()!;

/** A submitted response, as the answer form leaves it once sent: only its status matters to the outbox. */
export function markSent(roundId: number, personId: number, organisationId: number, instrument: string) {
  const now = new Date().toISOString();
  db()
    .insert(responses)
    .values({
      roundId,
      instrument,
      version: pinnedVersion(roundId, instrument)!,
      organisationId,
      personId,
      answersEnc: "unused",
      status: "submitted",
      submittedAt: now,
      updatedAt: now,
    })
    .run();
}
