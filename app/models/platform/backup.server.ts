// The door to backups for the running app (db/ is reached only through app/models).
import { backupDatabase } from "../../../db/backup";
import { db } from "./context.server";

export function backupTo(destination: string) {
  return backupDatabase(db(), destination);
}
