import { sql } from "drizzle-orm";
import { db } from "~/models/context.server";

// A real query, so a broken or locked database file shows up as 503.
export function loader() {
  try {
    const row = db().get<{ ok: number }>(sql`select 1 as ok from sqlite_master limit 1`);
    if (!row || row.ok !== 1) throw new Error("no answer");
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
