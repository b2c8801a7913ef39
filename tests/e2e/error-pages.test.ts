// Error and refusal pages speak the person's language, never in catalogue keys. Remix skips the root
// loader when the root's boundary shows a refused form or a URL nothing answers; the document renderer
// loads the root data itself then (app/entry.server.tsx), so the message and the header are translated.
import en from "../../app/i18n/catalogues/en.json";
import sw from "../../app/i18n/catalogues/sw.json";
import { baseURL } from "./browser";
import { getHtml, postForm, signInOverHttp, type Client } from "./http";

const CATALOGUES = { en, sw } as Record<string, Record<string, string>>;
const html = (text: string) => text.replace(/'/g, "&#x27;");

/** What a page may never show: a key of the catalogue instead of its sentence. */
function expectNoKeys(page: string) {
  const body = page.replace(/<script[\s\S]*?<\/script>/g, "");
  expect(body.match(/\b(error|nav|site|language)\.[a-z_0-9]+\b/g) ?? []).toEqual([]);
}

async function releasedReportOf(client: Client): Promise<string> {
  for (let id = 1; id <= 20; id++) {
    const page = await getHtml(client, `/reports/${id}`);
    if (page.status === 200 && page.html.includes("status-released")) return `/reports/${id}`;
  }
  throw new Error("the demo has no released report");
}

async function setLanguage(client: Client, language: string) {
  const res = await postForm(client.baseURL, "/language", { language, next: "/" }, client.cookie);
  expect(res.status).toBe(302);
}

describe("error pages", () => {
  it.each(["en", "sw"])("a URL nothing answers says so in %s, with the site's header", async (locale) => {
    const res = await fetch(`${baseURL()}/no-such-page/anywhere`, { headers: { "Accept-Language": locale } });
    expect(res.status).toBe(404);
    const page = await res.text();
    expect(page).toContain(`lang="${locale}"`);
    expect(page).toContain(html(CATALOGUES[locale]["error.404"]));
    expect(page).toContain(html(CATALOGUES[locale]["error.home"]));
    expectNoKeys(page);
  });

  it("a refused step on a report (409) is told in the facilitator's language, English then Swahili", async () => {
    const facilitator = await signInOverHttp(baseURL(), "facilitator@sikiliza.example");
    const report = await releasedReportOf(facilitator);
    try {
      for (const locale of ["en", "sw"]) {
        await setLanguage(facilitator, locale);
        // A released report cannot be sent to review again.
        const res = await postForm(baseURL(), report, { intent: "to_review" }, facilitator.cookie);
        expect(res.status).toBe(409);
        const page = await res.text();
        expect(page).toContain(`lang="${locale}"`);
        expect(page).toContain(html(CATALOGUES[locale]["error.409"]));
        expectNoKeys(page);
      }
    } finally {
      await setLanguage(facilitator, "en");
    }
  });

  it("a report that is not there (404 from a page's own loader) is told in Swahili too", async () => {
    const facilitator = await signInOverHttp(baseURL(), "facilitator@sikiliza.example");
    try {
      await setLanguage(facilitator, "sw");
      const page = await getHtml(facilitator, "/reports/999999");
      expect(page.status).toBe(404);
      expect(page.html).toContain(html(sw["error.404"]));
      expectNoKeys(page.html);
    } finally {
      await setLanguage(facilitator, "en");
    }
  });
});
