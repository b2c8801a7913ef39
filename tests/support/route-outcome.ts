// Calling a route's loader or action directly, and reading its answer the way a browser would.
export type Outcome = { status: number; data: unknown; location: string | null };

/** A loader or action's answer as the browser would see it: status, data, and where a redirect points. */
export async function run(fn: () => unknown): Promise<Outcome> {
  try {
    const result = await fn();
    if (result instanceof Response) return { status: result.status, data: null, location: result.headers.get("Location") };
    if (result && typeof result === "object" && "init" in result && "data" in result) {
      const wrapped = result as { data: unknown; init: { status?: number } | null };
      return { status: wrapped.init?.status ?? 200, data: wrapped.data, location: null };
    }
    return { status: 200, data: result, location: null };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, data: await thrown.text().catch(() => null), location: thrown.headers.get("Location") };
    throw thrown;
  }
}
