// Expected failures as Responses, the same everywhere: "not yours" looks exactly like "not there".
import { data } from "@remix-run/node";

export function notFound() {
  return new Response("Not found", { status: 404, statusText: "Not Found" });
}

export function conflict(message = "conflict") {
  return new Response(message, { status: 409, statusText: "Conflict" });
}

export type FieldErrors = Record<string, string>;

/** 400 with messages keyed by field name: the form shows each next to its field. */
export function invalid(errors: FieldErrors, values?: Record<string, unknown>) {
  return data({ ok: false as const, errors, values: values ?? {} }, { status: 400 });
}
