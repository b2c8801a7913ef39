import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { ThemeForms, type ThemeGroup } from "~/components/stories/theme-forms";
import { partnershipsOfOrganisations } from "~/models/people/partnerships.server";
import { formText, invalid, notFound } from "~/models/platform/http.server";
import { requireCoordinator } from "~/models/stories/coordination.server";
import { createTheme, listThemes, mergeThemes, renameTheme, themeCounts, type ThemeResult } from "~/models/stories/themes.server";
import { createOnce, earlierSubmission, newFormToken } from "~/models/platform/form-tokens.server";

// Themes belong to the partnership and are the community's to name: its community coordinators make,
// rename and merge them here. Counts are of the stories this coordinator may read.
export const handle = { hydrate: false };
export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const links: LinksFunction = () => [{ rel: "stylesheet", href: "/styles/stories.css" }];

export function loader({ request, params }: LoaderFunctionArgs) {
  const { person, organisation } = requireCoordinator(request, params.organisationId);
  const names = new Map(partnershipsOfOrganisations([organisation.id]).map((p) => [p.partnershipId, p.name]));
  const groups: ThemeGroup[] = organisation.partnershipIds.map((id) => {
    const counts = themeCounts(person, id);
    return {
      partnershipId: id,
      partnershipName: names.get(id) ?? "",
      themes: listThemes(id).map((th) => ({ ...th, stories: counts.get(th.id) ?? 0 })),
    };
  });
  // One token per partnership's "make a theme" form: each is its own form.
  const formTokens = Object.fromEntries(groups.map((group) => [group.partnershipId, newFormToken()]));
  return { organisation: { id: organisation.id, name: organisation.name }, groups, formTokens };
}

const asId = (value: string) => (/^[1-9][0-9]{0,14}$/.test(value) ? Number(value) : null);

export async function action({ request, params }: ActionFunctionArgs) {
  const { person, organisation } = requireCoordinator(request, params.organisationId);
  const form = await request.formData();
  const intent = formText(form, "intent");
  const name = formText(form, "name");
  // The same "make a theme" form sent again answers as the first did, instead of "that name is taken".
  if (intent === "create" && earlierSubmission(person.id, form)) return { ok: true as const, done: intent };
  let result: ThemeResult;
  if (intent === "create") {
    const partnershipId = asId(formText(form, "partnershipId"));
    if (!partnershipId || !organisation.partnershipIds.includes(partnershipId)) throw notFound();
    const outcome: { made?: ThemeResult } = {};
    createOnce(person.id, form, () => {
      outcome.made = createTheme(person, partnershipId, name);
      return outcome.made.ok ? `/organisations/${organisation.id}/themes` : null;
    });
    result = outcome.made ?? { ok: true, themeId: 0 };
  } else if (intent === "rename") {
    result = renameTheme(person, asId(formText(form, "themeId")) ?? 0, name);
  } else if (intent === "merge") {
    const from = asId(formText(form, "fromId"));
    const into = asId(formText(form, "intoId"));
    result = from && into ? mergeThemes(person, from, into) : { ok: false, errors: { into: "theme.error.merge" } };
  } else {
    return invalid({ form: "story.act.error.intent" });
  }
  if ("notFound" in result) throw notFound();
  if (!result.ok)
    return invalid(result.errors, {
      intent,
      name: name.slice(0, 80),
      themeId: formText(form, "themeId").slice(0, 20),
      partnershipId: formText(form, "partnershipId").slice(0, 20),
    });
  return { ok: true as const, done: intent };
}

export default function Themes() {
  const { organisation, groups, formTokens } = useLoaderData<typeof loader>();
  const acted = useActionData<typeof action>();
  const t = useT();
  return (
    <section aria-labelledby="themes-title">
      <h1 id="themes-title">{t("theme.title", { name: organisation.name })}</h1>
      <p>{t("theme.intro")}</p>
      <p>
        <Link to={`/organisations/${organisation.id}/stories`}>{t("story.links.back")}</Link>
      </p>
      {acted?.ok ? (
        <p className="notice" role="status">
          {t(`theme.done.${acted.done}`)}
        </p>
      ) : null}
      {acted && !acted.ok && acted.errors.form ? (
        <p className="form-error" role="alert">
          {t(acted.errors.form)}
        </p>
      ) : null}
      {groups.map((group) => (
        <ThemeForms
          key={group.partnershipId}
          group={group}
          refused={acted && !acted.ok ? acted : null}
          formToken={formTokens[group.partnershipId]}
        />
      ))}
    </section>
  );
}
