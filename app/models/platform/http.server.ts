// Expected failures as Responses, the same everywhere: "not yours" looks exactly like "not there".
import { data } from "@remix-run/node";

export function notFound() {
  return new Response("Not found", { status: 404, statusText: "Not Found" });
}

export function conflict(message = "conflict") {
  return new Response(message, { status: 409, statusText: "Conflict" });
}

export type FieldErrors = Record<string, string>;

type Invalid<V> = ReturnType<typeof data<{ ok: false; errors: FieldErrors; values: V }>>;

/**
 * 400 with messages keyed by field name: the form shows each next to its field. The values sent back keep
 * their type, so `useActionData<typeof action>()` hands the form the very shape it filled in.
 */
export function invalid(errors: FieldErrors): Invalid<Record<string, never>>;
export function invalid<V extends Record<string, unknown>>(errors: FieldErrors, values: V): Invalid<V>;
export function invalid(errors: FieldErrors, values?: Record<string, unknown>) {
  return data({ ok: false as const, errors, values: values ?? {} }, { status: 400 });
}

/**
 * Whether a person is opening this page: a document navigation by the browser, not a prefetch, a script's
 * `.data` fetch, a HEAD or a crawler. Only such a visit may count as "read" (docs/security.md 4.2).
 */
export function isPersonOpeningPage(request: Request): boolean {
  return (
    request.method === "GET" &&
    !new URL(request.url).pathname.endsWith(".data") &&
    request.headers.get("sec-fetch-mode") === "navigate" &&
    request.headers.get("sec-fetch-dest") === "document" &&
    !/prefetch|prerender/i.test(request.headers.get("sec-purpose") ?? request.headers.get("purpose") ?? "")
  );
}

/** A form field as text: a missing field or an uploaded file where text belongs reads as empty. */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** The first message per field of a failed zod parse, keyed by the field's name. */
export function fieldErrors(issues: { path: (string | number)[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}
