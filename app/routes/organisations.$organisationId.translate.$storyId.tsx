import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { StoryWithTranslations, TranslateForm } from "~/components/stories/translations";
import { UI_LANGUAGES } from "~/i18n";
import { notFound } from "~/models/platform/http.server";
import { storyIdParam } from "~/models/stories/public-ids.server";
import { saveTranslation } from "~/models/stories/translations.server";
import { requireTranslator, storyToTranslate } from "~/models/stories/translator-desk.server";

// One story on the translator's desk: the original, its translations with the teller's verdicts, and the form.
// A story the translator may not read is the same 404 as one that does not exist.
export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const handle = { hydrate: false };
export const links: LinksFunction = () => [
  { rel: "stylesheet", href: "/styles/respond.css" },
  { rel: "stylesheet", href: "/styles/stories.css" },
];

function load(request: Request, params: { organisationId?: string; storyId?: string }) {
  const { person, desk } = requireTranslator(request, params.organisationId);
  const storyId = storyIdParam(params.storyId);
  const story = storyToTranslate(person, desk, storyId);
  if (!story) throw notFound();
  return { person, desk, storyId, story };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { desk, story } = load(request, params);
  const saved = new URL(request.url).searchParams.get("saved") === "1";
  return { organisation: { id: desk.id, name: desk.name }, story, languages: UI_LANGUAGES, saved };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { person, desk, story, storyId } = load(request, params);
  const result = saveTranslation(person, storyId, await request.formData());
  if (!result.ok && "notFound" in result) throw notFound();
  if (!result.ok) return data({ translationErrors: result.errors }, { status: 400 });
  return redirect(`/organisations/${desk.id}/translate/${story.id}?saved=1`);
}

export default function TranslateStory() {
  const { organisation, story, languages, saved } = useLoaderData<typeof loader>();
  const acted = useActionData<typeof action>();
  const t = useT();
  return (
    <section className="narrow" aria-labelledby="translate-story-title">
      <h1 id="translate-story-title">{t("translation.add.title")}</h1>
      <p>
        <Link to={`/organisations/${organisation.id}/translate`}>{t("desk.back")}</Link>
      </p>
      {saved ? (
        <p className="notice" role="status">
          {t("desk.saved")}
        </p>
      ) : null}
      <StoryWithTranslations text={story.text} language={story.language} translations={story.translations} />
      {story.mayTranslate ? (
        <TranslateForm storyLanguage={story.language} languages={languages} errors={acted?.translationErrors ?? {}} />
      ) : null}
    </section>
  );
}
