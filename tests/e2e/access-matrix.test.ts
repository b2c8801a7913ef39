// docs/security.md 1.1: every route and export × every demo role, an anonymous visitor and a receipt holder × every
// consent scope and a withdrawn story. Marker stories are told through the real pages; each marker must
// appear exactly where its scope allows: page HTML, loader data (.data), CSV/JSON exports and error pages.
// The route list comes from the server build itself, so a new route without a policy here fails.
import path from "node:path";
import { pathToFileURL } from "node:url";
import crypto from "node:crypto";
import { getHtml, postForm, signInOverHttp, type Client } from "./http";
import { startDemoServer } from "./demo-server";
import type { ServerProcess } from "./server-process";
import { ROUTE_POLICIES, type Fixture } from "./access-policies";

type Viewer = "juma" | "otieno" | "wanjiru" | "sanne" | "grace" | "facilitator" | "anonymous" | "receipt";
const EMAILS: Partial<Record<Viewer, string>> = {
  juma: "juma@tumaini.example",
  otieno: "otieno@tumaini.example",
  wanjiru: "wanjiru@pamoja.example",
  sanne: "sanne@ghp.example",
  grace: "grace@openhorizons.example",
  facilitator: "facilitator@sikiliza.example",
};
const VIEWERS = Object.keys({ ...EMAILS, anonymous: 1, receipt: 1 }) as Viewer[];

const run = crypto.randomBytes(4).toString("hex");
const MARKERS = {
  community: `MKCOMMUNITY${run}`,
  partners: `MKPARTNERS${run}`,
  report: `MKREPORT${run}`,
  withdrawn: `MKWITHDRAWN${run}`,
  anonymous: `MKANONLINK${run}`,
  // An organisation the facilitator asked to add as INGO partner: until the community approves, only the
  // coordinators asked (and the facilitator, who made it) may see it exists (docs/security.md 1.9).
  pendingChange: `MKPENDINGORG${run}`,
} as const;
type Marker = keyof typeof MARKERS;

// The consent table of docs/design.md, for juma's stories (Tumaini, the open round) and one told through a link.
const ALLOWED: Record<Marker, Viewer[]> = {
  community: ["juma", "otieno"],
  partners: ["juma", "otieno", "sanne"],
  report: ["juma", "otieno", "sanne"],
  withdrawn: [],
  anonymous: ["otieno", "sanne", "receipt"],
  pendingChange: ["otieno", "wanjiru", "facilitator"],
};

let server: ServerProcess;
const clients = {} as Record<Viewer, Client>;
let fixture: Fixture;
let receiptCode = "";
let publicIds: string[] = [];
let openStoryId = "";
// Row numbers the demo's stories certainly have: as addresses they must lead nowhere (docs/security.md 1.12).
const ROW_NUMBERS = ["1", "2", "3"];

const id = (re: RegExp, html: string, what: string) => {
  const found = re.exec(html)?.[1];
  if (!found) throw new Error(`access matrix fixture: ${what} not found`);
  return found;
};

async function tell(client: Client, formPath: string, text: string, consent: string) {
  const res = await postForm(
    client.baseURL,
    formPath,
    {
      client_id: crypto.randomUUID(),
      story: text,
      dimensions: ["listening", "money"],
      felt: "2",
      power: "them",
      consent,
      attribution: "anonymous",
    },
    client.cookie,
  );
  const html = await res.text();
  if (res.status !== 200) throw new Error(`telling a story failed with ${res.status}`);
  return html;
}

beforeAll(async () => {
  server = await startDemoServer();
  for (const viewer of VIEWERS)
    clients[viewer] = EMAILS[viewer] ? await signInOverHttp(server.baseURL, EMAILS[viewer]!) : { baseURL: server.baseURL, cookie: "" };

  const jumaHome = (await getHtml(clients.juma, "/")).html;
  const tumaini = id(/\/organisations\/(\d+)"/, jumaHome, "Tumaini id");
  const openRound = id(/\/rounds\/(\d+)\/respond\//, jumaHome, "open round id");
  for (const scope of ["community", "partners", "report"] as const)
    await tell(clients.juma, "/stories/new", `${MARKERS[scope]} the budget was decided without us`, scope);
  await tell(clients.juma, "/stories/new", `${MARKERS.withdrawn} a story I took back`, "report");
  const mine = (await getHtml(clients.juma, "/stories/mine")).html;
  const storyIds = [...mine.matchAll(/href="\/stories\/([A-Za-z0-9_-]{22})"/g)].map((m) => m[1]);
  publicIds = storyIds;
  let withdrawnId = "";
  for (const sid of storyIds) if ((await getHtml(clients.juma, `/stories/${sid}`)).html.includes(MARKERS.withdrawn)) withdrawnId = sid;
  const withdrawal = await postForm(server.baseURL, `/stories/${withdrawnId}`, { intent: "withdraw", confirm: "yes" }, clients.juma.cookie);
  expect(withdrawal.status).toBeLessThan(400);
  const sharedId = storyIds.find((sid) => sid !== withdrawnId)!;
  openStoryId = sharedId;

  const links = (await getHtml(clients.otieno, `/organisations/${tumaini}/story-links`)).html;
  const linkPath = id(/href="(\/s\/[A-Za-z0-9_-]{22,})"/, links, "story link");
  const received = await tell(
    { baseURL: server.baseURL, cookie: "" },
    linkPath,
    `${MARKERS.anonymous} told without an account`,
    "partners",
  );
  receiptCode = id(/class="receipt-code"[^>]*>([^<]+)</, received, "receipt code");

  const facilitatorHome = (await getHtml(clients.facilitator, "/admin")).html;
  // The demo partnership by name: the benchmark partnerships beside it may sort before it.
  const partnership = id(/href="\/partnerships\/(\d+)">Nairobi Key Populations Programme</, facilitatorHome, "partnership id");
  // A draft report for the open round, so report pages and exports carry the markers too.
  await postForm(server.baseURL, `/partnerships/${partnership}/reports`, { roundId: openRound }, clients.facilitator.cookie);
  const reports = (await getHtml(clients.facilitator, `/partnerships/${partnership}/reports`)).html;
  const reportIds = [...new Set([...reports.matchAll(/href="\/reports\/(\d+)"/g)].map((m) => m[1]))];
  const sanneStory = (await getHtml(clients.sanne, `/inbox/${sharedId}`)).html;
  expect(sanneStory).not.toContain(MARKERS.community);
  const actions = (await getHtml(clients.sanne, `/partnerships/${partnership}/actions`)).html;
  const pamoja = id(/\/organisations\/(\d+)"/, (await getHtml(clients.wanjiru, "/")).html, "Pamoja id");
  const invitation = (await postForm(server.baseURL, `/organisations/${tumaini}/invite`, { role: "member" }, clients.otieno.cookie)).status;
  expect(invitation).toBeLessThan(500);

  await askToAddOrganisation(partnership);

  fixture = {
    organisations: [tumaini, pamoja],
    partnership,
    rounds: [openRound],
    // An unknown public id and old-style row numbers: each the same 404 as a story the reader may not read.
    stories: [...storyIds, "AAAAAAAAAAAAAAAAAAAAAA", ...ROW_NUMBERS],
    reports: [...reportIds, "999999"],
    actions: [...new Set([...actions.matchAll(/href="\/actions\/(\d+)"/g)].map((m) => m[1]))].slice(0, 2),
    storyLink: linkPath.slice(3),
    instruments: ["partnership-view", "self-reflection", "collaboration-network", "decision-map"],
  };
}, 240_000);

/** The facilitator makes an organisation and asks for it as the partnership's second INGO partner: a pending change. */
async function askToAddOrganisation(partnership: string) {
  const made = await postForm(
    server.baseURL,
    "/admin/organisations/new",
    {
      name: MARKERS.pendingChange,
      kind: "ingo",
      country: "Netherlands",
      populations: ["other"],
      leadership: "provider_led",
      level: "global",
    },
    clients.facilitator.cookie,
  );
  expect(made.status).toBe(302);
  const newOrganisation = id(/(\d+)$/, made.headers.get("location") ?? "", "new organisation id");
  const form = (await getHtml(clients.facilitator, `/admin/partnerships/${partnership}`)).html;
  const fields: Record<string, string> = {
    name: id(/id="name"[^>]*value="([^"]*)"/, form, "partnership name"),
    k: id(/id="k"[^>]*value="([^"]*)"/, form, "partnership k"),
  };
  for (const select of form.matchAll(/<select id="role-(\d+)"[^>]*>([\s\S]*?)<\/select>/g))
    fields[`role-${select[1]}`] = /<option value="([a-z_]*)" selected/.exec(select[2])?.[1] ?? "";
  fields[`role-${newOrganisation}`] = "ingo_partner";
  const asked = await postForm(server.baseURL, `/admin/partnerships/${partnership}`, fields, clients.facilitator.cookie);
  expect(asked.status).toBe(302);
  // Still pending: the coordinators see it waiting, nobody else sees the organisation in the partnership.
  expect((await getHtml(clients.otieno, "/")).html).toContain("1 change waits for your answer");
}

afterAll(async () => {
  await server?.stop("SIGKILL");
});

// docs/security.md 1.12: a story or example answer is never named by its row number in an address, a form value
// or loader data: links, `?story=`, ticked stories, quote voices ("story:12"/"example:7") and the ids beside them.
// (A public id may begin with digits: a row number is digits that end there.) The address a person asked
// for may be echoed back (an error page's own path): that is their own typing, not a leak.
const ROW_ID_IN_ADDRESS = [
  /(?:\/inbox|\/stories|\/felt-heard)\/\d+(?![\w-])/g,
  /[?&](?:amp;)?story=\d+(?![\w-])/g,
  /(?:story|example):\d+(?![\w-])/g,
  /<input[^>]*name="(?:stories|voice|story)"[^>]*value="\d+"/g,
  /<input[^>]*value="\d+"[^>]*name="(?:stories|voice|story)"/g,
];
const rowNumbersIn = (body: string, asked: string) =>
  ROW_ID_IN_ADDRESS.flatMap((rule) => [...body.matchAll(rule)].map((m) => m[0])).filter((found) => !asked.includes(found));

// docs/security.md 1.3: loader data never carries whole rows: no secret, hash or ciphertext column reaches a browser.
const FORBIDDEN_KEYS =
  /"(passwordHash|emailLookup|emailEnc|nameEnc|textEnc|signedNameEnc|answersEnc|heardEnc|willDoEnc|commentEnc|tokenHash|tokenEnc|receiptLookup|idHash|contentHash|phoneEnc|recipientEnc|linkEnc)"/;

function leaks(viewer: Viewer, where: string, body: string) {
  return (Object.keys(MARKERS) as Marker[])
    .filter((m) => body.includes(MARKERS[m]) && !ALLOWED[m].includes(viewer))
    .map((m) => `${viewer} saw ${m} at ${where}`);
}

async function fetchAs(viewer: Viewer, url: string) {
  const res = await fetch(`${server.baseURL}${url}`, {
    headers: clients[viewer].cookie ? { Cookie: clients[viewer].cookie } : {},
    redirect: "manual",
  });
  return { status: res.status, body: await res.text() };
}

async function routePatterns(): Promise<string[]> {
  const build = await import(pathToFileURL(path.resolve("build/index.js")).href);
  const routes = build.routes as Record<string, { parentId?: string; path?: string }>;
  const full = (rid: string): string => {
    const r = routes[rid];
    if (!r.parentId) return "";
    const parent = full(r.parentId);
    return r.path ? `${parent}/${r.path}`.replace(/\/+/g, "/") : parent;
  };
  return Object.keys(routes)
    .filter((rid) => rid !== "root")
    .map((rid) => full(rid) || "/");
}

describe("the facts of power (docs/security.md 6.4)", () => {
  it("are read on their page by the partnership and the facilitator only, and by the funder in the released report", async () => {
    const page = `/partnerships/${fixture.partnership}/power-facts`;
    const statuses = Object.fromEntries(await Promise.all(VIEWERS.map(async (v) => [v, (await fetchAs(v, page)).status] as const)));
    expect(statuses).toMatchObject({ juma: 200, otieno: 200, wanjiru: 200, sanne: 200, facilitator: 200, grace: 404 });
    expect([302, 303, 404]).toContain(statuses.anonymous);
    const reports = (await getHtml(clients.grace, `/partnerships/${fixture.partnership}/reports`)).html;
    const released = id(/href="\/reports\/(\d+)"/, reports, "the released report");
    const { html } = await getHtml(clients.grace, `/reports/${released}`);
    expect(html).toContain("Tumaini Men&#x27;s Collective decides 8% of the budget");
  });
});

describe("the access matrix", () => {
  // docs/security.md 8.4: who has answered, by name, only to the organisation's own coordinators.
  it("opens an organisation's who-has-answered page to its own coordinators only", async () => {
    const [tumaini, pamoja] = fixture.organisations;
    const opened: string[] = [];
    for (const viewer of VIEWERS)
      for (const [name, org] of [
        ["tumaini", tumaini],
        ["pamoja", pamoja],
      ] as const) {
        const { status } = await fetchAs(viewer, `/organisations/${org}/responders`);
        if (status === 200) opened.push(`${viewer}:${name}`);
      }
    expect(opened.sort()).toEqual(["otieno:tumaini", "wanjiru:pamoja"]);
  });

  it("has a policy for every route of the build", async () => {
    const missing = (await routePatterns()).filter((p) => !(p in ROUTE_POLICIES));
    expect(missing).toEqual([]);
  });

  it(
    "shows each marker exactly where its consent scope allows: pages, loader data, exports and error pages",
    { timeout: 300_000 },
    async () => {
      const violations: string[] = [];
      const seen = new Map<Viewer, Set<Marker>>(VIEWERS.map((v) => [v, new Set()]));
      for (const pattern of await routePatterns()) {
        const urls = ROUTE_POLICIES[pattern]?.(fixture) ?? [];
        for (const url of urls) {
          const variants =
            url.endsWith(".csv") || url.endsWith(".json") || url.endsWith(".xlsx") || url === "/healthz"
              ? [url]
              : [url, `${url === "/" ? "/_root" : url}.data`];
          // Every viewer asks for one address at once, each with its own session, so the server does not sit idle
          // between two answers while this process reads the last; each answer is then checked as before.
          const reads = VIEWERS.flatMap((viewer) => variants.map((variant) => ({ viewer, variant })));
          const answers = await Promise.all(reads.map(async (read) => ({ ...read, ...(await fetchAs(read.viewer, read.variant)) })));
          for (const { viewer, variant, status, body } of answers) {
            if (status >= 500) violations.push(`${viewer} got ${status} at ${variant}`);
            violations.push(...leaks(viewer, variant, body));
            const forbidden = FORBIDDEN_KEYS.exec(body);
            if (forbidden) violations.push(`${viewer} got the key ${forbidden[1]} at ${variant}`);
            for (const found of rowNumbersIn(body, variant))
              violations.push(`${viewer} got a story's row number (${found.slice(0, 60)}) at ${variant}`);
            // Loader data names stories by their public id only: a story id field holding a number is a row id.
            const numericStoryId = /"(?:storyId|storyIds)":\s*\[?\d/.exec(body);
            if (numericStoryId) violations.push(`${viewer} got a numeric story id (${numericStoryId[0]}) at ${variant}`);
            for (const m of Object.keys(MARKERS) as Marker[]) if (body.includes(MARKERS[m])) seen.get(viewer)!.add(m);
          }
        }
      }
      const receipt = await postForm(server.baseURL, "/receipt", { intent: "open", code: receiptCode });
      const receiptBody = await receipt.text();
      violations.push(...leaks("receipt", "POST /receipt", receiptBody));
      if (receiptBody.includes(MARKERS.anonymous)) seen.get("receipt")!.add("anonymous");
      const wrong = await postForm(server.baseURL, "/receipt", { intent: "open", code: "AAAA-BBBB-CC" });
      violations.push(...leaks("anonymous", "POST /receipt (wrong code)", await wrong.text()));

      expect(violations).toEqual([]);
      // And the rule is not vacuous: each viewer saw every marker it may read somewhere.
      for (const viewer of VIEWERS) {
        const expected = (Object.keys(ALLOWED) as Marker[]).filter((m) => ALLOWED[m].includes(viewer));
        expect({ viewer, saw: [...seen.get(viewer)!].sort() }).toEqual({ viewer, saw: expected.sort() });
      }
    },
  );
});

describe("public story ids (docs/security.md 1.12)", () => {
  it("are random, not counted: consecutive stories' ids share no order and differ almost everywhere", () => {
    expect(publicIds.length).toBeGreaterThanOrEqual(3);
    for (const one of publicIds) expect(one).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(new Set(publicIds).size).toBe(publicIds.length);
    for (let i = 1; i < publicIds.length; i++) {
      const [a, b] = [publicIds[i - 1], publicIds[i]];
      const same = [...a].filter((ch, k) => b[k] === ch).length;
      expect(same).toBeLessThan(8);
    }
  });

  it("old row-number addresses are the same 404 as an unknown id, for every viewer", async () => {
    const owner = (await fetchAs("juma", `/stories/${openStoryId}`)).status;
    expect(owner).toBe(200);
    for (const viewer of VIEWERS) {
      const unknown = await fetchAs(viewer, "/inbox/AAAAAAAAAAAAAAAAAAAAAA");
      for (const n of ROW_NUMBERS)
        for (const prefix of ["/inbox", "/stories", "/felt-heard", `/organisations/${fixture.organisations[0]}/stories`]) {
          const old = await fetchAs(viewer, `${prefix}/${n}`);
          if (viewer === "anonymous" || viewer === "receipt") expect(old.status).not.toBe(200);
          else expect({ viewer, url: `${prefix}/${n}`, status: old.status }).toEqual({ viewer, url: `${prefix}/${n}`, status: 404 });
        }
      expect(unknown.status).not.toBe(200);
    }
  });
});
