// Metrics label a request by its route's template: the kind of page, never the id, token or query string in it.
import { routeLabel, routeTemplates } from "../../app/server/route-templates.js";

const manifest = {
  root: { id: "root", path: "" },
  "routes/_index": { id: "routes/_index", parentId: "root", index: true },
  "routes/inbox.$storyId": { id: "routes/inbox.$storyId", parentId: "root", path: "inbox/:storyId" },
  "routes/s.$token": { id: "routes/s.$token", parentId: "root", path: "s/:token" },
  "routes/organisations.$organisationId": {
    id: "routes/organisations.$organisationId",
    parentId: "root",
    path: "organisations/:organisationId",
  },
  "routes/organisations.$organisationId.stories.$storyId": {
    id: "routes/organisations.$organisationId.stories.$storyId",
    parentId: "routes/organisations.$organisationId",
    path: "stories/:storyId",
  },
  "routes/reports.$reportId[.csv]": { id: "routes/reports.$reportId[.csv]", parentId: "root", path: "reports/:reportId.csv" },
  "routes/$": { id: "routes/$", parentId: "root", path: "*" },
};

describe("route labels for metrics", () => {
  const templateOf = routeTemplates(manifest);
  const label = (url: string) => routeLabel(templateOf, url);

  it("names the template, not the id, token or query string", () => {
    expect(label("/inbox/4242?from=secret")).toBe("/inbox/:storyId");
    expect(label("/s/AbCdEfGhIjKlMnOpQrStUv")).toBe("/s/:token");
    expect(label("/organisations/7/stories/99")).toBe("/organisations/:organisationId/stories/:storyId");
    expect(label("/")).toBe("/");
    expect(label("/reports/12.csv")).toBe("/reports/:reportId.csv");
  });

  it("gives one label to every unknown path, static file and build asset", () => {
    expect(label("/no-such-page-123")).toBe("unmatched");
    expect(label("/build/entry.client-ABC123.js")).toBe("/build/*");
    expect(label("/favicon.ico")).toBe("static");
    expect(label("/metrics?token=x")).toBe("/metrics");
  });

  it("keeps a data request on its page's label", () => {
    expect(label("/inbox/12.data")).toBe("/inbox/:storyId");
  });

  it("gives the same label to a path asked again, and after more paths than it remembers", () => {
    expect(label("/inbox/7")).toBe("/inbox/:storyId");
    expect(label("/inbox/7")).toBe("/inbox/:storyId");
    for (let i = 0; i < 2100; i++) expect(label(`/no-such-page-${i}`)).toBe("unmatched");
    expect(label("/inbox/7")).toBe("/inbox/:storyId");
    expect(label("/organisations/7/stories/99")).toBe("/organisations/:organisationId/stories/:storyId");
  });
});
