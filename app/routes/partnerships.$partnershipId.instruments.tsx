import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { UploadForm } from "~/components/instruments/upload-form";
import { canSeePartnershipInstruments, idParam } from "~/models/access.server";
import { requirePerson } from "~/models/people/auth.server";
import { getPartnership } from "~/models/people/partnerships.server";
import { notFound } from "~/models/platform/http.server";
import { readUploadForm } from "~/models/rounds/upload-form.server";
import { listUploadedInstruments, uploadInstrument } from "~/models/rounds/uploaded-instruments.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];

function partnershipFor(request: Request, param: string | undefined) {
  const person = requirePerson(request);
  const id = idParam(param);
  const partnership = getPartnership(id);
  if (!partnership || !canSeePartnershipInstruments(person, id)) throw notFound();
  return { person, partnership: { id, name: partnership.name } };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { person, partnership } = partnershipFor(request, params.partnershipId);
  return { partnership, instruments: listUploadedInstruments(partnership.id), mayUpload: person.isFacilitator };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { person, partnership } = partnershipFor(request, params.partnershipId);
  if (!person.isFacilitator) throw notFound();
  const upload = await readUploadForm(request);
  const result = uploadInstrument({ partnershipId: partnership.id, name: upload.name, text: upload.text, personId: person.id });
  if (!result.ok) return data({ problems: result.problems, name: upload.name.slice(0, 60) }, { status: 400 });
  return redirect(`/partnerships/${partnership.id}/instruments?added=${encodeURIComponent(result.name)}&new=${result.isNew ? 1 : 0}`);
}

export default function PartnershipInstruments() {
  const { partnership, instruments, mayUpload } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const [search] = useSearchParams();
  const t = useT();
  const added = search.get("added");
  return (
    <div>
      <p>
        <Link to={`/partnerships/${partnership.id}`}>{partnership.name}</Link>
      </p>
      <h1>{t("instruments.title", { name: partnership.name })}</h1>
      <p className="lead">{t("instruments.lead")}</p>
      {added ? (
        <p className="notice" role="status">
          {t(search.get("new") === "1" ? "instruments.added" : "instruments.unchanged", { name: added })}
        </p>
      ) : null}
      <section className="card" aria-labelledby="list-title">
        <h2 id="list-title">{t("instruments.list")}</h2>
        {instruments.length === 0 ? <p className="muted">{t("instruments.none")}</p> : null}
        <ul>
          {instruments.map((instrument) => (
            <li key={instrument.name}>
              <Link to={`/partnerships/${partnership.id}/instruments/${instrument.name}`}>{t(`instrument.${instrument.name}`)}</Link>{" "}
              <span className="muted">
                {t("instruments.facts", {
                  name: instrument.name,
                  questions: instrument.questions,
                  version: instrument.version,
                  versions: instrument.versions,
                })}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {mayUpload ? <UploadForm problems={refused?.problems ?? []} name={refused?.name ?? ""} /> : null}
    </div>
  );
}
