import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { AddMilestoneForm } from "~/components/plans/milestone-forms";
import { PlanHistory } from "~/components/plans/plan-history";
import { RoadDrawing } from "~/components/plans/road-drawing";
import { RoadList } from "~/components/plans/road-list";
import { idParam } from "~/models/access.server";
import { requirePerson } from "~/models/people/auth.server";
import { editRoad } from "~/models/plans/plan-edits.server";
import { planEditorOf } from "~/models/plans/plan-editor.server";
import { roadPageFor } from "~/models/plans/road.server";
import { invalid, notFound } from "~/models/platform/http.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const handle = { hydrate: false };
// Printed, the drawing and the list stand without the forms (print.css, plans.css).
export const links: LinksFunction = () => [
  { rel: "stylesheet", href: "/styles/print.css" },
  { rel: "stylesheet", href: "/styles/plans.css" },
];

// The partnership's Road to Progress (docs/decisions/028): its partners and the facilitator, never a funder.
export function loader({ request, params }: LoaderFunctionArgs) {
  const page = roadPageFor(requirePerson(request), idParam(params.partnershipId));
  if (!page) throw notFound();
  return page;
}

export async function action({ request, params }: ActionFunctionArgs) {
  // Checked before the form is read, so an outsider's refusal is the same 404 whatever they send.
  const editor = planEditorOf(requirePerson(request), idParam(params.partnershipId));
  if (!editor) throw notFound();
  const result = editRoad(editor, await request.formData());
  if (result === "not_found") throw notFound();
  return "redirect" in result ? redirect(result.redirect) : invalid(result.errors, result.values);
}

export default function Road() {
  const page = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>() ?? null;
  const t = useT();
  return (
    <div className="plan-page">
      <p>
        <Link to={`/partnerships/${page.partnership.id}`}>{page.partnership.name}</Link> ·{" "}
        <Link to={`/partnerships/${page.partnership.id}/goals`}>{t("plans.trees.title")}</Link>
      </p>
      <h1 id="road-title">{t("plans.road.title")}</h1>
      <p>{t("plans.road.intro")}</p>
      <p className="muted">{t("plans.print_hint")}</p>
      <div className="plan-views">
        <figure className="plan-figure">
          <RoadDrawing milestones={page.milestones} labelledBy="road-title" />
        </figure>
        <RoadList page={page} refused={refused} />
      </div>
      {page.mayEdit ? <AddMilestoneForm formToken={page.formToken} refused={refused} /> : null}
      <PlanHistory history={page.history} />
    </div>
  );
}
