// Remembered route matches give exactly what the router gives, for every route of the real build's table, and
// the server runtime's own match really goes through them (otherwise remembering would only cost memory).
import { createRequire } from "node:module";
import path from "node:path";
import { rememberRouteMatches } from "../../app/server/route-matches.js";

const require = createRequire(import.meta.url);
type Match = { params: Record<string, string>; pathname: string; route: { id: string } };
type MatchRoutes = (routes: object[], location: unknown, basename?: string) => Match[] | null;
const router = require("@remix-run/router") as { matchRoutes: MatchRoutes };
const runtimeMatching = require(path.resolve("node_modules/@remix-run/server-runtime/dist/routeMatching.js")) as {
  matchServerRoutes: (routes: object[], pathname: string, basename?: string) => Match[] | null;
};

// A route table shaped like the build's: a root with pages, nested pages and a catch-all.
const routes = [
  {
    id: "root",
    path: "",
    children: [
      { id: "routes/_index", index: true },
      { id: "routes/rounds.$roundId.respond.$instrument", path: "rounds/:roundId/respond/:instrument" },
      {
        id: "routes/organisations.$organisationId",
        path: "organisations/:organisationId",
        children: [{ id: "routes/organisations.$organisationId.stories.$storyId", path: "stories/:storyId" }],
      },
      { id: "routes/$", path: "*" },
    ],
  },
];
const PATHS = ["/", "/rounds/7/respond/partnership-view", "/organisations/3", "/organisations/3/stories/abc", "/no/such/page", "/rounds/x"];

describe("remembered route matches", () => {
  const original = router.matchRoutes;
  const remembering = rememberRouteMatches() as unknown as MatchRoutes;

  it("answer every path as the router does, the second time from memory", () => {
    for (const pathname of PATHS) {
      const first = remembering(routes, pathname);
      expect(first).toEqual(original(routes, pathname));
      expect(remembering(routes, pathname)).toBe(first);
    }
  });

  it("keep route tables and base names apart, and match location objects afresh", () => {
    const other = [{ id: "other", path: "rounds/:id/respond/:instrument" }];
    expect(remembering(other, "/rounds/7/respond/partnership-view")?.[0].route.id).toBe("other");
    expect(remembering(routes, "/app/organisations/3", "/app")).toEqual(original(routes, "/app/organisations/3", "/app"));
    const location = { pathname: "/organisations/3", search: "", hash: "" };
    expect(remembering(routes, location)).toEqual(original(routes, location));
    expect(remembering(routes, location)).not.toBe(remembering(routes, location));
  });

  it("are what the server runtime's own match goes through", () => {
    expect(router.matchRoutes).toBe(remembering);
    expect(rememberRouteMatches() as unknown).toBe(remembering);
    const fresh = [{ id: "fresh", path: "fresh/:id" }];
    const once = runtimeMatching.matchServerRoutes(fresh, "/fresh/1");
    const twice = runtimeMatching.matchServerRoutes(fresh, "/fresh/1");
    // The runtime maps the router's matches to new objects; the params object is the one remembered.
    expect(once?.[0].params).toBe(twice?.[0].params);
    expect(once?.[0].route.id).toBe("fresh");
  });

  it("start over when a table has too many paths to remember", () => {
    const first = remembering(routes, "/organisations/1");
    for (let i = 0; i < 2100; i++) remembering(routes, `/organisations/${i + 2}`);
    const again = remembering(routes, "/organisations/1");
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });
});
