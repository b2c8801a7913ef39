import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { GoalTreeDrawing } from "~/components/plans/goal-tree-drawing";
import { GoalTreeList } from "~/components/plans/goal-tree-list";
import { PlanHistory } from "~/components/plans/plan-history";
import { idParam } from "~/models/access.server";
import { requirePerson } from "~/models/people/auth.server";
import { goalTreeEditorOf, goalTreePageFor } from "~/models/plans/goal-tree.server";
import { editGoalTree } from "~/models/plans/plan-edits.server";
import { invalid, notFound } from "~/models/platform/http.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const handle = { hydrate: false };
// Printed, the drawing and the list stand without the forms (print.css, plans.css).
export const links: LinksFunction = () => [
  { rel: "stylesheet", href: "/styles/print.css" },
  { rel: "stylesheet", href: "/styles/plans.css" },
];

export function loader({ request, params }: LoaderFunctionArgs) {
  const page = goalTreePageFor(requirePerson(request), idParam(params.partnershipId), idParam(params.themeId));
  if (!page) throw notFound();
  return page;
}

export async function action({ request, params }: ActionFunctionArgs) {
  // Checked before the form is read, so an outsider's refusal is the same 404 whatever they send.
  const editor = goalTreeEditorOf(requirePerson(request), idParam(params.partnershipId), idParam(params.themeId));
  if (!editor) throw notFound();
  const result = editGoalTree(editor, await request.formData());
  if (result === "not_found") throw notFound();
  return "redirect" in result ? redirect(result.redirect) : invalid(result.errors, result.values);
}

export default function GoalTree() {
  const page = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>() ?? null;
  const t = useT();
  return (
    <div className="plan-page">
      <p>
        <Link to={`/partnerships/${page.partnership.id}/goals`}>{t("plans.trees.title")}</Link> · {page.partnership.name}
      </p>
      <h1 id="tree-title">{t("plans.tree.title", { theme: page.theme.name })}</h1>
      <p>{t("plans.tree.intro")}</p>
      <p className="muted">{t("plans.print_hint")}</p>
      <div className="plan-views">
        <figure className="plan-figure">
          <GoalTreeDrawing problems={page.problems} labelledBy="tree-title" />
        </figure>
        <GoalTreeList page={page} refused={refused} />
      </div>
      <PlanHistory history={page.history} />
    </div>
  );
}
