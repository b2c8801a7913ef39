// Links Sikiliza hands out (invitations, story links) take their origin from the configured public URL, never
// from the Host header of the request that made them: a forged Host cannot send an invitee to another site.
import { linkOrigin } from "../../app/models/platform/config.server";
import * as orgInvite from "../../app/routes/organisations.$organisationId.invite";
import { BASE, loadContext, paramsOf, route, run } from "../support/route-calls";
import { organisation, signedIn } from "../support/world";

const ORG_INVITE = route(orgInvite, "/organisations/:organisationId/invite");

afterEach(() => {
  delete process.env.SIKILIZA_PUBLIC_URL;
});

describe("the origin of a link", () => {
  it("is the configured public URL whatever the request's host", () => {
    const forged = new Request("http://evil.example/organisations/1/invite");
    expect(linkOrigin(forged, { SIKILIZA_PUBLIC_URL: "https://sikiliza.example.org/app" })).toBe("https://sikiliza.example.org");
    expect(linkOrigin(forged, {})).toBe("http://evil.example");
  });

  it("makes an invitation link on the public URL even when the request came with a forged Host", async () => {
    process.env.SIKILIZA_PUBLIC_URL = "https://sikiliza.example.org";
    const organisationId = organisation({ name: "Tumaini", kind: "community_led" });
    const coordinator = signedIn({ name: "Otieno", email: "otieno@example.org", of: organisationId, role: "coordinator" });
    const path = `/organisations/${organisationId}/invite`;
    const request = new Request(`http://evil.example${path}`, {
      method: "POST",
      headers: { Cookie: coordinator.cookie, Origin: BASE, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ role: "member" }),
    });
    const outcome = await run(() => orgInvite.action({ request, params: paramsOf(ORG_INVITE.pattern, path), context: loadContext }));
    expect((outcome.data as { link: string }).link).toMatch(/^https:\/\/sikiliza\.example\.org\/invite\/[A-Za-z0-9_-]+$/);
  });
});
