import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { idParam } from "~/models/access.server";
import { requirePerson } from "~/models/people/auth.server";
import { getOrganisation } from "~/models/people/organisations.server";
import { listMembers } from "~/models/people/people.server";
import { mayNameTranslators, setTranslator } from "~/models/people/translators.server";
import { formText, invalid, notFound } from "~/models/platform/http.server";

// A coordinator names the members who may translate the organisation's shared stories (docs/decisions/032).
// To anyone but the organisation's coordinators the page does not exist.
export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const handle = { hydrate: false };

function requireNamer(request: Request, param: string | undefined) {
  const person = requirePerson(request);
  const id = idParam(param);
  const organisation = getOrganisation(id);
  if (!organisation || !mayNameTranslators(person, id)) throw notFound();
  return { person, organisation };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { organisation } = requireNamer(request, params.organisationId);
  const members = listMembers(organisation.id)
    .filter((m) => m.role === "member")
    .map((m) => ({ personId: m.personId, name: m.name, translator: m.translator }));
  const done = new URL(request.url).searchParams.get("done");
  return {
    organisation: { id: organisation.id, name: organisation.name },
    members,
    done: done === "named" || done === "unnamed" ? done : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { person, organisation } = requireNamer(request, params.organisationId);
  const form = await request.formData();
  const personId = formText(form, "person");
  const intent = formText(form, "intent");
  if (!/^[1-9][0-9]{0,14}$/.test(personId)) return invalid({ person: "translator.error.person" });
  if (intent !== "name" && intent !== "unname") return invalid({ intent: "translator.error.intent" });
  const result = setTranslator(person, organisation.id, Number(personId), intent === "name");
  if (!result.ok && "notFound" in result) throw notFound();
  if (!result.ok) return invalid({ person: result.error });
  return redirect(`/organisations/${organisation.id}/translators?done=${intent === "name" ? "named" : "unnamed"}`);
}

export default function Translators() {
  const { organisation, members, done } = useLoaderData<typeof loader>();
  const acted = useActionData<typeof action>();
  const t = useT();
  const error = acted && !acted.ok ? Object.values(acted.errors)[0] : null;
  return (
    <section className="narrow" aria-labelledby="translators-title">
      <h1 id="translators-title">{t("translators.title", { organisation: organisation.name })}</h1>
      <p>
        <Link to={`/organisations/${organisation.id}`}>{t("translators.back", { organisation: organisation.name })}</Link>
      </p>
      <p>{t("translators.explain")}</p>
      {done ? (
        <p className="notice" role="status">
          {t(`translators.done.${done}`)}
        </p>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {t(error)}
        </p>
      ) : null}
      {members.length === 0 ? (
        <p>{t("translators.none")}</p>
      ) : (
        <ul className="plain-list">
          {members.map((m) => (
            <li key={m.personId}>
              <Form method="post" className="inline-form">
                <span>
                  {m.name}
                  {m.translator ? <strong> · {t("translators.is")}</strong> : null}
                </span>{" "}
                <input type="hidden" name="person" value={m.personId} />
                <input type="hidden" name="intent" value={m.translator ? "unname" : "name"} />
                <button type="submit">{t(m.translator ? "translators.unname" : "translators.name", { name: m.name })}</button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={`/organisations/${organisation.id}/changes`}>{t("translators.history")}</Link>
      </p>
    </section>
  );
}
