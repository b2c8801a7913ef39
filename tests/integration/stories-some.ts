// One story per scope for Tumaini (told by Juma) and one for Pamoja, for the community-side tests.
import { tellAsMember, type Loop } from "./stories-fixture";

export function someStories(loop: Loop) {
  const t = loop.orgs.tumaini;
  return {
    community: tellAsMember(loop, loop.juma, t, { story: "community marker", consent: "community", dimensions: ["trust"] }),
    partners: tellAsMember(loop, loop.juma, t, { story: "partners marker", consent: "partners", dimensions: ["money"] }),
    report: tellAsMember(loop, loop.juma, t, { story: "report marker", consent: "report", dimensions: ["money", "listening"] }),
    pamoja: tellAsMember(loop, loop.wanjiru, loop.orgs.pamoja, { story: "pamoja marker", consent: "report" }),
  };
}

