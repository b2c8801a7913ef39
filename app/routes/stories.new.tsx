import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { StoryForm } from "~/components/stories/form";
import { StoryAlreadyReceived, StoryReceived } from "~/components/stories/received";
import { requirePerson } from "~/models/people/auth.server";
import { localeFor } from "~/models/people/locale.server";
import type { Person } from "~/models/people/people.server";
import { notFound } from "~/models/platform/http.server";
import { tellingPlacesFor } from "~/models/stories/teller-view.server";
import { storyInstrumentFor } from "~/models/stories/form.server";
import { freshStoryForm, receiveStoryPost } from "~/models/stories/tell-page.server";
import { tieChoice, tieStoryHref } from "~/models/stories/ties.server";
import { asInstrumentLocale } from "../../surveys/types";

// A signed-in member tells a story the same way as on an anonymous link, for one of their organisations'
// open rounds (chosen first when there are several). The story is theirs by account: no receipt code.
export const handle = { hydrate: false };
export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const links: LinksFunction = () => [
  { rel: "stylesheet", href: "/styles/respond.css" },
  { rel: "stylesheet", href: "/styles/stories.css" },
];

/** The place chosen in the address, if it is one of the person's; the only one when there is just one. */
function chosenPlace(person: Person, url: URL) {
  const places = tellingPlacesFor(person);
  const organisation = url.searchParams.get("organisation");
  const round = url.searchParams.get("round");
  const place =
    places.length === 1 && !organisation && !round
      ? places[0]
      : places.find((p) => String(p.organisationId) === organisation && String(p.roundId) === round);
  // An example about a collaboration tie names the other organisation (docs/decisions/029); a tie that is
  // not one of the partnership's is the 404 of a page not there, never a story quietly told without it.
  const asked = url.searchParams.get("tie");
  const tie = place && asked !== null ? tieChoice(place, asked) : null;
  if (asked !== null && !tie) throw notFound();
  return { places, place: place ?? null, tie };
}

const placeAction = (p: { organisationId: number; roundId: number }, tie?: { organisationId: number } | null) =>
  tie ? tieStoryHref(p, tie.organisationId) : `/stories/new?organisation=${p.organisationId}&round=${p.roundId}`;

export function loader({ request }: LoaderFunctionArgs) {
  const person = requirePerson(request);
  const { places, place, tie } = chosenPlace(person, new URL(request.url));
  const choices = places.map((p) => ({
    href: placeAction(p),
    organisationName: p.organisationName,
    partnershipName: p.partnershipName,
    roundLabel: p.roundLabel,
  }));
  const target = place && storyInstrumentFor(place.roundId, place.organisationId);
  if (!place || !target) return { choices, chosen: null };
  return {
    choices,
    chosen: {
      organisationName: place.organisationName,
      roundLabel: place.roundLabel,
      tieOrganisationName: tie?.organisationName ?? null,
      action: placeAction(place, tie),
      form: freshStoryForm(target, asInstrumentLocale(localeFor(request, person)), person.id),
    },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const person = requirePerson(request);
  const { place, tie } = chosenPlace(person, new URL(request.url));
  const target = place && storyInstrumentFor(place.roundId, place.organisationId);
  if (!place || !target) throw notFound();
  const form = await request.formData();
  const outcome = receiveStoryPost(
    form,
    {
      roundId: place.roundId,
      organisationId: place.organisationId,
      personId: person.id,
      linkId: null,
      tieOrganisationId: tie?.organisationId ?? null,
    },
    target,
    asInstrumentLocale(localeFor(request, person)),
  );
  if (!outcome) throw notFound();
  return data(outcome.page, { status: outcome.status });
}

export default function TellAsMember() {
  const { choices, chosen } = useLoaderData<typeof loader>();
  const posted = useActionData<typeof action>();
  const t = useT();
  if (posted?.state === "received") return <StoryReceived receiptCode={null} />;
  if (posted?.state === "duplicate") return <StoryAlreadyReceived signedIn />;
  if (!chosen) {
    return (
      <section className="narrow" aria-labelledby="tell-title">
        <h1 id="tell-title">{t("story.tell.title")}</h1>
        {choices.length === 0 ? (
          <p>{t("story.tell.no_round")}</p>
        ) : (
          <>
            <p>{t("story.tell.choose")}</p>
            <ul className="task-list">
              {choices.map((c) => (
                <li key={c.href}>
                  <Link to={c.href}>{c.organisationName}</Link>{" "}
                  <span className="muted">
                    {c.partnershipName} · {c.roundLabel}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    );
  }
  return (
    <section className="narrow story-tell" aria-labelledby="tell-title">
      <h1 id="tell-title">{t("story.tell.title")}</h1>
      <p>{t("story.tell.for_organisation_round", { organisation: chosen.organisationName, round: chosen.roundLabel })}</p>
      {chosen.tieOrganisationName ? (
        <p className="notice">{t("story.tell.about_tie", { organisation: chosen.tieOrganisationName })}</p>
      ) : null}
      <p className="notice">{t("story.tell.member_intro")}</p>
      <StoryForm view={posted?.state === "form" ? posted : chosen.form} action={chosen.action} />
    </section>
  );
}
