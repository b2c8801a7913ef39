import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { TellerStoryView } from "~/components/stories/teller-view";
import { storyIdParam } from "~/models/stories/public-ids.server";
import { requirePerson } from "~/models/people/auth.server";
import { notFound } from "~/models/platform/http.server";
import { storyForTeller } from "~/models/stories/teller-view.server";
import { actAsTeller } from "~/models/stories/teller-acts.server";

// One of the signed-in teller's own stories. Anyone else's story id — another member's, another
// organisation's, a withdrawn one — is the same 404 as an id that does not exist.
export const handle = { hydrate: false };
export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const links: LinksFunction = () => [
  { rel: "stylesheet", href: "/styles/respond.css" },
  { rel: "stylesheet", href: "/styles/stories.css" },
];

export function loader({ request, params }: LoaderFunctionArgs) {
  const person = requirePerson(request);
  const story = storyForTeller(person, storyIdParam(params.storyId));
  if (!story) throw notFound();
  return { story };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const person = requirePerson(request);
  const storyId = storyIdParam(params.storyId);
  const result = actAsTeller({ kind: "person", person }, storyId, await request.formData());
  if (result.ok) return result.done === "withdraw" ? redirect("/stories/mine?withdrawn=1") : { done: result.done, refused: null };
  if ("notFound" in result) throw notFound();
  return data({ done: null, refused: { act: result.act, errors: result.errors } }, { status: 400 });
}

export default function MyStory() {
  const { story } = useLoaderData<typeof loader>();
  const acted = useActionData<typeof action>();
  const t = useT();
  return (
    <section className="narrow" aria-labelledby="story-title">
      <h1 id="story-title">{t("story.mine.one_title")}</h1>
      <p>
        <Link to="/stories/mine">{t("story.mine.back")}</Link>
      </p>
      <TellerStoryView story={story} hidden={{}} refused={acted?.refused ?? null} done={acted?.done ?? null} />
    </section>
  );
}
