// The door to backups for the running app (db/ is reached only through app/models).
import { backupDatabase, type BackupProgress } from "../../../db/backup";
import { db } from "./context.server";

export function backupTo(destination: string, onProgress?: BackupProgress) {
  return backupDatabase(db(), destination, onProgress);
}
