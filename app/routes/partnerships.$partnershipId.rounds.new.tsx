import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { RoundForm } from "~/components/rounds/round-form";
import { idParam } from "~/models/access.server";
import { requireFacilitator } from "~/models/people/auth.server";
import { getPartnership } from "~/models/people/partnerships.server";
import { invalid, notFound } from "~/models/platform/http.server";
import { createOnce, earlierSubmission, newFormToken } from "~/models/platform/form-tokens.server";
import { parseRoundForm, roundFormDefaults, roundFormEcho, roundFormValues } from "~/models/rounds/form.server";
import { inviteOptions, roundInstrumentNames } from "~/models/rounds/invitees.server";
import { createRound } from "~/models/rounds/rounds.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];

function partnershipFor(request: Request, param: string | undefined) {
  const facilitator = requireFacilitator(request);
  const id = idParam(param);
  const partnership = getPartnership(id);
  if (!partnership) throw notFound();
  return { facilitator, partnership: { id, name: partnership.name } };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { partnership } = partnershipFor(request, params.partnershipId);
  const groups = inviteOptions(partnership.id);
  return {
    formToken: newFormToken(),
    partnership,
    instruments: roundInstrumentNames(partnership.id),
    groups,
    defaults: roundFormDefaults(groups),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { facilitator, partnership } = partnershipFor(request, params.partnershipId);
  const form = await request.formData();
  // "Open the round" sent twice opens one round: the second leads to the first.
  const earlier = earlierSubmission(facilitator.id, form);
  if (earlier) return redirect(earlier);
  const values = roundFormValues(form);
  const parsed = parseRoundForm(values, inviteOptions(partnership.id), new Date(), roundInstrumentNames(partnership.id));
  if (!parsed.ok) return invalid(parsed.errors, roundFormEcho(values));
  return redirect(createOnce(facilitator.id, form, () => `/rounds/${createRound({ ...parsed.round, partnershipId: partnership.id })}`));
}

export default function NewRound() {
  const { partnership, instruments, groups, defaults, formToken } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const t = useT();
  return (
    <section className="narrow" aria-labelledby="title">
      <p>
        <Link to={`/partnerships/${partnership.id}/rounds`}>{t("round.back_to_list")}</Link>
      </p>
      <h1 id="title">{t("round.new.title", { name: partnership.name })}</h1>
      <RoundForm
        values={refused?.values ?? defaults}
        errors={refused?.errors ?? {}}
        instruments={instruments}
        groups={groups}
        formToken={formToken}
      />
    </section>
  );
}
