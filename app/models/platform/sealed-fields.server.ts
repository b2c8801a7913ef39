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

/**
 * Every sealed column in the database: the table, the column name the seal is bound to (its AAD), the column it
 * is stored in and the row id it is bound to. Key rotation walks this list; a test checks it names every `*_enc`
 * column, so a new sealed column cannot be left under an old key.
 */
export const SEALED_COLUMNS = [
  { table: "people", column: "email", stored: "email_enc", rowId: "id" },
  { table: "people", column: "name", stored: "name_enc", rowId: "id" },
  { table: "people", column: "phone", stored: "phone_enc", rowId: "id" },
  { table: "outbox", column: "recipient", stored: "recipient_enc", rowId: "id" },
  { table: "outbox", column: "link", stored: "link_enc", rowId: "id" },
  { table: "responses", column: "answers", stored: "answers_enc", rowId: "id" },
  { table: "narratives", column: "text", stored: "text_enc", rowId: "id" },
  { table: "story_links", column: "token", stored: "token_enc", rowId: "id" },
  { table: "stories", column: "text", stored: "text_enc", rowId: "id" },
  { table: "stories", column: "signed_name", stored: "signed_name_enc", rowId: "id" },
  { table: "story_answers", column: "heard", stored: "heard_enc", rowId: "id" },
  { table: "story_answers", column: "will_do", stored: "will_do_enc", rowId: "id" },
  { table: "felt_heard", column: "comment", stored: "comment_enc", rowId: "story_id" },
  { table: "story_translations", column: "text", stored: "text_enc", rowId: "id" },
] as const;

export type SealedColumnEntry = (typeof SEALED_COLUMNS)[number];
