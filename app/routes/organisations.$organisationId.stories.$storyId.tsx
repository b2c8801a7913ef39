import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { StoryMeta } from "~/components/stories/meta";
import { ReadReceipt, StoryThemesList } from "~/components/stories/coordinator-card";
import { storyIdParam } from "~/models/stories/public-ids.server";
import { formText, notFound } from "~/models/platform/http.server";
import { organisationStory, requireCoordinator, setPutForward } from "~/models/stories/coordination.server";
import { setStoryThemes } from "~/models/stories/themes.server";
import { saveTranslation } from "~/models/stories/translations.server";
import { StoryWithTranslations, TranslateForm } from "~/components/stories/translations";
import { UI_LANGUAGES } from "~/i18n";

// Co-coding one story: its themes, and whether the community puts it forward as a quote (only a story whose
// teller chose `report`). Another organisation's story id is the same 404 as one that does not exist.
export const handle = { hydrate: false };
export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const links: LinksFunction = () => [
  { rel: "stylesheet", href: "/styles/respond.css" },
  { rel: "stylesheet", href: "/styles/stories.css" },
];

function load(request: Request, params: { organisationId?: string; storyId?: string }) {
  const { person, organisation } = requireCoordinator(request, params.organisationId);
  const storyId = storyIdParam(params.storyId);
  const story = organisationStory(person, organisation, storyId);
  if (!story) throw notFound();
  return { person, organisation, storyId, story };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { organisation, story } = load(request, params);
  return { organisation: { id: organisation.id, name: organisation.name }, story, languages: UI_LANGUAGES };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { person, organisation, storyId } = load(request, params);
  const form = await request.formData();
  const intent = formText(form, "intent");
  if (intent === "themes") {
    const ids = form
      .getAll("theme")
      .filter((v): v is string => typeof v === "string" && /^[1-9][0-9]{0,14}$/.test(v))
      .map(Number);
    if (!setStoryThemes(person, storyId, ids)) throw notFound();
    return { done: "themes" };
  }
  if (intent === "put_forward" || intent === "take_back") {
    const result = setPutForward(person, organisation, storyId, intent === "put_forward");
    if (!result.ok && result.reason === "gone") throw notFound();
    if (!result.ok) return data({ error: "story.put_forward.error.not_report" }, { status: 400 });
    return { done: intent };
  }
  if (intent === "translate") {
    const result = saveTranslation(person, storyId, form);
    if (!result.ok && "notFound" in result) throw notFound();
    if (!result.ok) return data({ translationErrors: result.errors }, { status: 400 });
    return { done: "translation" };
  }
  return data({ error: "story.act.error.intent" }, { status: 400 });
}

export default function CodeStory() {
  const { organisation, story, languages } = useLoaderData<typeof loader>();
  const acted = useActionData<typeof action>();
  const t = useT();
  const chosen = new Set(story.themes.map((th) => th.id));
  return (
    <section className="narrow" aria-labelledby="code-title">
      <h1 id="code-title">{t("story.code.title")}</h1>
      <p>
        <Link to={`/organisations/${organisation.id}/stories`}>{t("story.code.back", { name: organisation.name })}</Link>
      </p>
      {acted && "done" in acted ? (
        <p className="notice" role="status">
          {t(`story.code.done.${acted.done}`)}
        </p>
      ) : null}
      {acted && "error" in acted ? (
        <p className="form-error" role="alert">
          {t(acted.error)}
        </p>
      ) : null}
      <StoryWithTranslations text={story.text} language={story.language} translations={story.translations} />
      <StoryMeta story={story} />
      <ReadReceipt story={story} />
      {story.answered ? (
        <p>
          <Link to={`/felt-heard/${story.id}`}>{t("story.code.rate_link")}</Link>
        </p>
      ) : null}
      <section aria-labelledby="themes-title" className="card">
        <h2 id="themes-title">{t("story.themes.title")}</h2>
        <StoryThemesList themes={story.themes} />
        {story.themeChoices.length === 0 ? (
          <p>
            <Link to={`/organisations/${organisation.id}/themes`}>{t("story.themes.make_first")}</Link>
          </p>
        ) : (
          <Form method="post">
            <input type="hidden" name="intent" value="themes" />
            <fieldset>
              <legend>{t("story.themes.choose")}</legend>
              <ul className="choices">
                {story.themeChoices.map((th) => (
                  <li key={th.id} className="choice">
                    <input type="checkbox" id={`theme-${th.id}`} name="theme" value={th.id} defaultChecked={chosen.has(th.id)} />
                    <label htmlFor={`theme-${th.id}`}>{th.name}</label>
                  </li>
                ))}
              </ul>
            </fieldset>
            <button type="submit">{t("story.themes.save")}</button>
          </Form>
        )}
      </section>
      {story.mayTranslate ? (
        <TranslateForm
          storyLanguage={story.language}
          languages={languages}
          errors={acted && "translationErrors" in acted ? acted.translationErrors : {}}
        />
      ) : null}
      <section aria-labelledby="forward-title" className="card">
        <h2 id="forward-title">{t("story.put_forward.title")}</h2>
        {story.scope !== "report" ? (
          <p>{t("story.put_forward.not_report")}</p>
        ) : (
          <Form method="post">
            <p>{t(story.putForward ? "story.put_forward.is" : "story.put_forward.explain")}</p>
            <input type="hidden" name="intent" value={story.putForward ? "take_back" : "put_forward"} />
            <button type="submit">{t(story.putForward ? "story.put_forward.take_back" : "story.put_forward.send")}</button>
          </Form>
        )}
      </section>
    </section>
  );
}
