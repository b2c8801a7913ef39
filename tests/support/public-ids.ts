// Stories and example answers are addressed by their public ids (docs/security.md 1.9). Tests know the rows
// they made; these give the name a browser would see. An id with no row gets a well-formed id of nothing,
// so "no such story" stays a 404 and never a crash in the test.
import { eq } from "drizzle-orm";
import { narratives, stories } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";

const NOTHING = "AAAAAAAAAAAAAAAAAAAAAA";

/** The public id of story row `id`. */
export function pub(id: number | string): string {
  return (
    db()
      .select({ publicId: stories.publicId })
      .from(stories)
      .where(eq(stories.id, Number(id)))
      .get()?.publicId ?? NOTHING
  );
}

/** The public id of example-answer (narrative) row `id`. */
export function examplePub(id: number | string): string {
  return (
    db()
      .select({ publicId: narratives.publicId })
      .from(narratives)
      .where(eq(narratives.id, Number(id)))
      .get()?.publicId ?? NOTHING
  );
}
