import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { RespondersRound } from "~/components/messages/responders-round";
import { idParam } from "~/models/access.server";
import { requirePerson } from "~/models/people/auth.server";
import { getOrganisation } from "~/models/people/organisations.server";
import { maySeeResponders, remindNonResponders, respondersOf } from "~/models/messages/responders.server";
import { formText, notFound } from "~/models/platform/http.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const handle = { hydrate: false };

/** docs/security.md 8.4: the organisation's own coordinators only; everyone else gets the 404 of no page. */
function requireOwnCoordinator(request: Request, organisationId: string | undefined) {
  const person = requirePerson(request);
  const id = idParam(organisationId);
  const organisation = getOrganisation(id);
  if (!organisation || !maySeeResponders(person, id)) throw notFound();
  return organisation;
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const organisation = requireOwnCoordinator(request, params.organisationId);
  return { organisation: { id: organisation.id, name: organisation.name }, rounds: respondersOf(organisation.id) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const organisation = requireOwnCoordinator(request, params.organisationId);
  const form = await request.formData();
  const roundId = formText(form, "roundId");
  if (!/^[1-9][0-9]{0,14}$/.test(roundId)) return { ok: false as const, reason: "not_open" as const, roundId: 0 };
  return { ...remindNonResponders(organisation.id, Number(roundId)), roundId: Number(roundId) };
}

export default function Responders() {
  const { organisation, rounds } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <div>
      <p>
        <Link to={`/organisations/${organisation.id}`}>{organisation.name}</Link>
      </p>
      <h1>{t("responders.title")}</h1>
      <p>{t("responders.intro")}</p>
      {result ? (
        <p className={result.ok ? "notice" : "error"} role="status">
          {result.ok ? t("responders.reminded", { count: result.queued }) : t(`responders.error.${result.reason}`)}
        </p>
      ) : null}
      {rounds.length === 0 ? <p>{t("responders.none")}</p> : null}
      {rounds.map((r) => (
        <RespondersRound key={r.roundId} round={r} />
      ))}
    </div>
  );
}
