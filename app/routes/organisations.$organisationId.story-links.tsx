import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { FieldError } from "~/components/field-error";
import { StoryLinkList } from "~/components/stories/link-list";
import { fieldErrors, formText, invalid, notFound } from "~/models/platform/http.server";
import { requireCoordinator } from "~/models/stories/coordination.server";
import { createStoryLink, listStoryLinks, openRoundsFor, revokeStoryLink, StoryLinkSchema } from "~/models/stories/links.server";
import { linkOrigin } from "~/models/platform/config.server";
import { createOnce, earlierSubmission, newFormToken } from "~/models/platform/form-tokens.server";
import { FormToken } from "~/components/form-token";

// Anonymous story links of one organisation: make one for an open round, see them all as links, revoke.
export const handle = { hydrate: false };
export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const links: LinksFunction = () => [{ rel: "stylesheet", href: "/styles/stories.css" }];

export function loader({ request, params }: LoaderFunctionArgs) {
  const { organisation } = requireCoordinator(request, params.organisationId);
  return {
    organisation: { id: organisation.id, name: organisation.name },
    origin: linkOrigin(request),
    rounds: openRoundsFor(organisation.id).map((r) => ({
      id: r.roundId,
      label: r.label,
      partnershipName: r.partnershipName,
      closesAt: r.closesAt,
    })),
    links: listStoryLinks(organisation.id),
    formToken: newFormToken(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { person, organisation } = requireCoordinator(request, params.organisationId);
  const form = await request.formData();
  if (formText(form, "intent") === "revoke") {
    const linkId = formText(form, "linkId");
    if (!/^[1-9][0-9]{0,14}$/.test(linkId) || !revokeStoryLink(organisation.id, Number(linkId))) throw notFound();
    return { ok: true, done: "revoked" } as const;
  }
  // The same "make a link" form sent again makes no second link: it answers as the first did.
  if (earlierSubmission(person.id, form)) return data({ ok: true, done: "created" } as const);
  const values = { roundId: formText(form, "roundId"), expiresOn: formText(form, "expiresOn") };
  const parsed = StoryLinkSchema.safeParse(values);
  const echo = { roundId: values.roundId.slice(0, 20), expiresOn: values.expiresOn.slice(0, 20) };
  if (!parsed.success) return invalid(fieldErrors(parsed.error.issues), echo);
  const outcome: { made?: ReturnType<typeof createStoryLink> } = {};
  createOnce(person.id, form, () => {
    outcome.made = createStoryLink(person, organisation.id, parsed.data);
    return outcome.made.ok ? `/organisations/${organisation.id}/story-links` : null;
  });
  if (outcome.made && !outcome.made.ok) return invalid(outcome.made.errors, echo);
  return data({ ok: true, done: "created" } as const);
}

export default function StoryLinks() {
  const { organisation, origin, rounds, links, formToken } = useLoaderData<typeof loader>();
  const acted = useActionData<typeof action>();
  const t = useT();
  const errors = acted && !acted.ok ? acted.errors : {};
  const values = acted && !acted.ok ? acted.values : null;
  return (
    <section aria-labelledby="links-title">
      <h1 id="links-title">{t("story.links.title", { name: organisation.name })}</h1>
      <p>{t("story.links.intro")}</p>
      <p>
        <Link to={`/organisations/${organisation.id}/stories`}>{t("story.links.back")}</Link>
      </p>
      {acted?.ok ? (
        <p className="notice" role="status">
          {t(`story.links.done.${acted.done}`)}
        </p>
      ) : null}
      {errors.form ? (
        <p className="form-error" role="alert">
          {t(errors.form)}
        </p>
      ) : null}
      <StoryLinkList origin={origin} links={links} />
      <section aria-labelledby="new-link-title" className="card">
        <h2 id="new-link-title">{t("story.links.new")}</h2>
        {rounds.length === 0 ? (
          <p>{t("story.links.no_round")}</p>
        ) : (
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="create" />
            <FormToken value={formToken} />
            <div className="field">
              <label htmlFor="roundId">{t("story.links.round")}</label>
              <select
                id="roundId"
                name="roundId"
                defaultValue={values?.roundId ?? String(rounds[0].id)}
                aria-describedby={errors.roundId ? "roundId-error" : undefined}
              >
                {rounds.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.partnershipName} · {r.label}
                  </option>
                ))}
              </select>
              <FieldError id="roundId-error" message={errors.roundId} />
            </div>
            <div className="field">
              <label htmlFor="expiresOn">{t("story.links.expires_on")}</label>
              <p id="expiresOn-hint" className="muted">
                {t("story.links.expires_on.hint")}
              </p>
              <input
                id="expiresOn"
                name="expiresOn"
                type="date"
                defaultValue={values?.expiresOn ?? ""}
                aria-describedby={errors.expiresOn ? "expiresOn-hint expiresOn-error" : "expiresOn-hint"}
              />
              <FieldError id="expiresOn-error" message={errors.expiresOn} />
            </div>
            <button type="submit" className="primary">
              {t("story.links.create")}
            </button>
          </Form>
        )}
      </section>
    </section>
  );
}
