// The people the submission bench sends as, over HTTP like a phone without JavaScript: each signs in (its
// own session cookie) and answers every page of partnership-view but the last with "next", so that a POST
// of the last page with intent=submit is a whole, valid submission of everything they answered.
import crypto from "node:crypto";
import { signInOverHttp } from "../e2e/http";
import { fullCommunityAnswers, memberEmail, type BenchWorld } from "./bench-world";
import type { LoadAnswer, LoadRequest } from "./http-load";
import { formBody, pageFields } from "./submit-forms";

export const INSTRUMENT = "partnership-view";

export type Respondent = { cookie: string; answers: Record<string, unknown>; submit: () => LoadRequest };

async function post(baseURL: string, path: string, cookie: string, fields: [string, string][]) {
  return fetch(`${baseURL}${path}`, {
    method: "POST",
    headers: { Origin: baseURL, "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
    body: formBody(fields),
    redirect: "manual",
  });
}

export function respondPath(world: BenchWorld) {
  return `/rounds/${world.roundId}/respond/${INSTRUMENT}`;
}

/** A submission is accepted when the server sends the person on to the page that says it was sent. */
export const acceptsSubmission = (path: string) => (answer: LoadAnswer) => answer.status === 302 && answer.headers.location === path;

/** `json`: the round's partnership-view as the server has it (read before the world's handle was released). */
export async function prepareRespondents(
  baseURL: string,
  world: BenchWorld,
  json: object,
  count: number,
  password: string,
): Promise<Respondent[]> {
  const path = respondPath(world);
  const last = (json as { pages: unknown[] }).pages.length - 1;
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const { cookie } = await signInOverHttp(baseURL, memberEmail(i), password);
      const answers = fullCommunityAnswers(i);
      for (let page = 0; page < last; page++) {
        const res = await post(baseURL, `${path}?page=${page}`, cookie, [
          ...pageFields(json, page, answers),
          ["intent", "next"],
          ["page", String(page)],
        ]);
        const to = res.headers.get("location");
        if (res.status !== 302 || to !== `${path}?page=${page + 1}`)
          throw new Error(`member ${i + 1}: page ${page} answered ${res.status} ${to ?? ""} ${(await res.text()).slice(0, 300)}`);
      }
      const lastFields = pageFields(json, last, answers);
      const submit = (): LoadRequest => ({
        path: `${path}?page=${last}`,
        headers: { Origin: baseURL, "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
        // A fresh id each time: a new submission, never the idempotent replay of an earlier one.
        body: formBody([...lastFields, ["intent", "submit"], ["page", String(last)], ["clientId", crypto.randomUUID()]]),
      });
      return { cookie, answers, submit };
    }),
  );
}

/** One submission checked end to end: accepted, and the page the person then sees says it was sent. */
export async function checkOneSubmission(baseURL: string, world: BenchWorld, respondent: Respondent) {
  const path = respondPath(world);
  const request = respondent.submit();
  const res = await fetch(`${baseURL}${request.path}`, {
    method: "POST",
    headers: request.headers,
    body: request.body,
    redirect: "manual",
  });
  const location = res.headers.get("location");
  if (res.status !== 302 || location !== path)
    throw new Error(`the first submission answered ${res.status} ${location ?? ""} ${(await res.text()).slice(0, 500)}`);
  const page = await fetch(`${baseURL}${path}`, { headers: { Cookie: respondent.cookie }, redirect: "manual" });
  const html = await page.text();
  if (page.status !== 200 || !html.includes(`href="${path}?page=0"`))
    throw new Error(`the page after sending is not the "sent" page: ${page.status}`);
}
