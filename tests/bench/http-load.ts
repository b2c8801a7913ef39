// A closed-loop HTTP load: `connections` loops, each sending its next request as soon as the previous
// answer is read, over keep-alive sockets (node:http, one socket per loop). A warm-up first (answers are
// checked but not timed; it lasts until every loop has been answered), then a measured window: throughput counts the accepted answers that completed
// inside the window; latency is send-to-last-byte of each of them. Any answer the caller does not accept
// (or a network error), in the warm-up too, is a failure: counted, reported, never throughput.
import http from "node:http";

/** A POST with `body` (a submission), or a GET when `method` says so (a page read). */
export type LoadRequest = { path: string; headers: Record<string, string>; body: string; method?: "GET" | "POST" };
export type LoadAnswer = { status: number; headers: http.IncomingHttpHeaders; body: string };

export type LoadOptions = {
  baseURL: string;
  connections: number;
  warmupMs: number;
  measureMs: number;
  /** The next request of loop `connection` (every call should make a fresh submission). */
  next: (connection: number) => LoadRequest;
  accept: (answer: LoadAnswer) => boolean;
};

/** `accepted` counts the measured window only; `acceptedTotal` every accepted answer, warm-up and tail included. */
export type LoadResult = {
  perSecond: number;
  p50: number;
  p99: number;
  accepted: number;
  acceptedTotal: number;
  failed: number;
  firstFailure: string | null;
  measureMs: number;
  /** Sorted, in ms, of the answers measured. */
  latencies: number[];
};

export const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;

function send(agent: http.Agent, url: URL, request: LoadRequest): Promise<LoadAnswer> {
  return new Promise((resolve, reject) => {
    const body = Buffer.from(request.body);
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: request.method ?? "POST",
        path: request.path,
        headers: request.method === "GET" ? request.headers : { ...request.headers, "Content-Length": String(body.length) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const url = new URL(options.baseURL);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  // The window opens once the warm-up is over AND every loop has had an answer: a server busy with the
  // first connections takes the last ones on slowly (seconds at 20), and that ramp is not the steady state.
  const warmupEnds = performance.now() + options.warmupMs;
  const heard = new Set<number>();
  let measureFrom = Infinity;
  let measureTo = Infinity;
  const latencies: number[] = [];
  let failed = 0;
  let acceptedTotal = 0;
  let firstFailure: string | null = null;
  const fail = (what: string) => {
    failed++;
    firstFailure ??= what;
  };
  const answered = (connection: number, at: number) => {
    heard.add(connection);
    if (measureFrom === Infinity && at >= warmupEnds && heard.size === options.connections) {
      measureFrom = at;
      measureTo = at + options.measureMs;
    }
  };

  async function loop(connection: number) {
    while (performance.now() < measureTo) {
      const request = options.next(connection);
      const sent = performance.now();
      try {
        const answer = await send(agent, url, request);
        const done = performance.now();
        if (!options.accept(answer)) fail(`${answer.status} ${answer.headers.location ?? ""} ${answer.body.slice(0, 300)}`);
        else {
          acceptedTotal++;
          if (done >= measureFrom && done <= measureTo) latencies.push(done - sent);
        }
      } catch (error) {
        fail(error instanceof Error ? error.message : String(error));
      }
      answered(connection, performance.now());
    }
  }

  try {
    await Promise.all(Array.from({ length: options.connections }, (_, connection) => loop(connection)));
  } finally {
    agent.destroy();
  }
  const sorted = latencies.sort((a, b) => a - b);
  return {
    perSecond: (sorted.length * 1000) / options.measureMs,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    accepted: sorted.length,
    acceptedTotal,
    failed,
    firstFailure,
    measureMs: options.measureMs,
    latencies: sorted,
  };
}

/** Several measured windows of the same load as one: total answers over total measured time. */
export function mergeLoads(results: LoadResult[]): LoadResult {
  const latencies = results.flatMap((result) => result.latencies).sort((a, b) => a - b);
  const measureMs = results.reduce((sum, result) => sum + result.measureMs, 0);
  return {
    perSecond: (latencies.length * 1000) / measureMs,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    accepted: latencies.length,
    acceptedTotal: results.reduce((sum, result) => sum + result.acceptedTotal, 0),
    failed: results.reduce((sum, result) => sum + result.failed, 0),
    firstFailure: results.find((result) => result.firstFailure)?.firstFailure ?? null,
    measureMs,
    latencies,
  };
}
