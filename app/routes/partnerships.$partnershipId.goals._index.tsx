import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { idParam } from "~/models/access.server";
import { requirePerson } from "~/models/people/auth.server";
import { goalTreeListFor } from "~/models/plans/goal-tree.server";
import { notFound } from "~/models/platform/http.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const handle = { hydrate: false };

// One goal tree per theme of the partnership (docs/decisions/028): its partners and the facilitator, never a funder.
export function loader({ request, params }: LoaderFunctionArgs) {
  const list = goalTreeListFor(requirePerson(request), idParam(params.partnershipId));
  if (!list) throw notFound();
  return list;
}

export default function GoalTrees() {
  const { partnership, themes } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div>
      <p>
        <Link to={`/partnerships/${partnership.id}`}>{partnership.name}</Link>
      </p>
      <h1>{t("plans.trees.title")}</h1>
      <p>{t("plans.trees.intro")}</p>
      {themes.length === 0 ? <p className="muted">{t("plans.trees.no_themes")}</p> : null}
      <ul>
        {themes.map((theme) => (
          <li key={theme.id}>
            <Link to={`/partnerships/${partnership.id}/goals/${theme.id}`}>{theme.name}</Link>{" "}
            <span className="muted">{t("plans.trees.items", { n: theme.items })}</span>
          </li>
        ))}
      </ul>
      <p>
        <Link to={`/partnerships/${partnership.id}/road`}>{t("plans.road.title")}</Link>
      </p>
    </div>
  );
}
