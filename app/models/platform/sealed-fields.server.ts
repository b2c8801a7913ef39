// Sealing and opening the encrypted texts of the listening loop, each bound to its table, column and row.
import { keyring } from "./context.server";
import { decryptField, encryptField } from "./crypto.server";

export type SealedColumn =
  | { table: "stories"; column: "text" | "signed_name" }
  | { table: "story_translations"; column: "text" }
  | { table: "story_answers"; column: "heard" | "will_do" }
  | { table: "felt_heard"; column: "comment" }
  | { table: "narratives"; column: "text" };

export function seal(where: SealedColumn, rowId: number, plain: string): string {
  return encryptField(keyring(), { ...where, rowId }, plain);
}

/** Null stays null: a withdrawn story has no text left to open. */
export function open(where: SealedColumn, rowId: number, sealed: string | null): string | null {
  return sealed ? decryptField(keyring(), { ...where, rowId }, sealed) : null;
}
