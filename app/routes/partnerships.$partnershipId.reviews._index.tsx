import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { idParam } from "~/models/access.server";
import { requirePerson } from "~/models/people/auth.server";
import { reviewListFor } from "~/models/reviews/reviews.server";
import { notFound } from "~/models/platform/http.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const handle = { hydrate: false };

// Every round's review, newest first: past ones read as minutes.
export function loader({ request, params }: LoaderFunctionArgs) {
  const list = reviewListFor(requirePerson(request), idParam(params.partnershipId));
  if (!list) throw notFound();
  return list;
}

export default function Reviews() {
  const { partnership, rounds } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div>
      <p>
        <Link to={`/partnerships/${partnership.id}`}>{partnership.name}</Link>
      </p>
      <h1>{t("review.list.title")}</h1>
      <p>{t("review.list.intro")}</p>
      {rounds.length === 0 ? <p>{t("facts.no_rounds")}</p> : null}
      <ul>
        {rounds.map((r) => (
          <li key={r.id}>
            <Link to={`/partnerships/${partnership.id}/reviews/${r.id}`}>{t("review.title", { round: r.label })}</Link>{" "}
            <span className="muted">{r.held ? t("review.list.held", { decisions: r.decisions }) : t("review.not_held")}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
