// Calling a route's loader or action directly, and reading its answer the way a browser would.

/**
 * What the browser gets. `data` is the loader's data (for a thrown Response, its text, so two refusals can
 * be compared); `body` is the text a download or a page would carry; `location` is where a redirect points.
 */
export type Outcome = { status: number; data: unknown; body: string; location: string | null; headers: Headers };

/** A loader or action's answer as the browser would see it: a thrown Response counts like a returned one. */
export async function run(fn: () => unknown): Promise<Outcome> {
  try {
    const result = await fn();
    if (result instanceof Response)
      return {
        status: result.status,
        data: null,
        body: await result.text(),
        location: result.headers.get("Location"),
        headers: result.headers,
      };
    if (result && typeof result === "object" && "init" in result && "data" in result) {
      const wrapped = result as { data: unknown; init: { status?: number } | null };
      return {
        status: wrapped.init?.status ?? 200,
        data: wrapped.data,
        body: asJson(wrapped.data),
        location: null,
        headers: new Headers(),
      };
    }
    return { status: 200, data: result, body: asJson(result), location: null, headers: new Headers() };
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    const text = await thrown.text().catch(() => null);
    return { status: thrown.status, data: text, body: text ?? "", location: thrown.headers.get("Location"), headers: thrown.headers };
  }
}

// Loader data reaches the browser as JSON: searching this text is searching what was sent.
const asJson = (data: unknown) => JSON.stringify(data) ?? "";
