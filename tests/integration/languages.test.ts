// The interface in Dutch and French, read as the person gets it: the story form with the instrument's own
// French texts, and the INGO's story page in Dutch with the date and the translation's words in Dutch.
import * as inboxStoryRoute from "../../app/routes/inbox.$storyId";
import * as codeRoute from "../../app/routes/organisations.$organisationId.stories.$storyId";
import { pub } from "../support/public-ids";
import { listeningAlliance } from "../support/alliances";
import { renderPage } from "../support/render-page";
import { post, route } from "../support/route-calls";
import { linkToken, sRoute, tellThroughLink } from "./told-stories";

const inboxStory = route(inboxStoryRoute, "/inbox/:storyId");
const code = route(codeRoute, "/organisations/:organisationId/stories/:storyId");

describe("the interface in Dutch and French", () => {
  it("asks the story in French, with the instrument's French texts, to a visitor whose language is French", async () => {
    const loop = listeningAlliance();
    const token = linkToken(loop);
    const page = await renderPage(sRoute, `/s/${token}`, "lang=fr", undefined, "fr");
    expect(page.status).toBe(200);
    expect(page.html).toContain("Racontez-nous un moment de ce partenariat");
    expect(page.html).toContain("Qui peut lire votre témoignage ?");
    expect(page.html).toContain("Envoyer mon témoignage");
    expect(page.html).not.toContain("Tell us about a moment");
  });

  it("asks it in Dutch the same way, choices included", async () => {
    const loop = listeningAlliance();
    const page = await renderPage(sRoute, `/s/${linkToken(loop)}`, "lang=nl", undefined, "nl");
    expect(page.html).toContain("Vertel ons over een moment in dit partnerschap");
    expect(page.html).toContain("Mijn verhaal versturen");
    expect(page.html).toContain("Ook geciteerd in het gezamenlijke rapport dat financiers lezen");
    expect(page.html).toContain("Wie had op dat moment de macht?");
  });

  it("shows the INGO a story in Dutch: the date in Dutch words, the translation beside the original", async () => {
    const loop = listeningAlliance();
    const told = await tellThroughLink(linkToken(loop), { story: "Hatukupata jibu ORIGINAL", consent: "partners" });
    await post(code, `/organisations/${loop.orgs.tumaini}/stories/${pub(told.storyId)}`, loop.people.otieno.cookie, [
      ["intent", "translate"],
      ["language", "nl"],
      ["text", "We kregen geen antwoord VERTALING"],
    ]);
    const page = await renderPage(inboxStory, `/inbox/${pub(told.storyId)}`, loop.people.sanne.cookie, undefined, "nl");
    expect(page.html).toContain("Vertaling in het Nederlands");
    expect(page.html).toContain("Origineel (Engels)");
    expect(page.html).toContain("Vertaald door Otieno op ");
    expect(page.html).toMatch(
      /verteld op \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/,
    );
    expect(page.html).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
