import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { RespondForm } from "~/components/rounds/answer-form";
import { RefusedNotice, RespondFrozen, RespondSent } from "~/components/rounds/answer-status";
import { handleRespondPost } from "~/models/rounds/answer-submit.server";
import { heading, openAnswering, respondView } from "~/models/rounds/answer-page.server";
import { invalid } from "~/models/platform/http.server";

// Community members answer here on cheap phones: no JavaScript from Remix (docs/stack.md); the only script
// is the small keep-draft.js, and the whole page stays under 40 KB compressed (npm run bench measures it).
export const handle = { hydrate: false };
export const links: LinksFunction = () => [{ rel: "stylesheet", href: "/styles/respond.css" }];
export const meta: MetaFunction = () => [{ title: "Sikiliza" }];

const day = (iso: string) => iso.slice(0, 10);

export function loader({ request, params }: LoaderFunctionArgs) {
  const answering = openAnswering(request, params);
  const search = new URL(request.url).searchParams;
  return {
    heading: heading(answering),
    opensOn: day(answering.round.opensAt),
    closesOn: day(answering.round.closesAt),
    saved: search.get("saved") === "1",
    view: respondView(answering, search),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const answering = openAnswering(request, params);
  const outcome = await handleRespondPost(answering, request);
  if (outcome.kind === "redirect") return redirect(outcome.to);
  if (outcome.kind === "invalid") return invalid(outcome.errors, outcome.values);
  // Closed round, or the same submission id with other answers: nothing changed (docs/security.md 7.3).
  return data({ ok: false as const, refused: outcome.reason }, { status: 409 });
}

export default function Respond() {
  const { heading, opensOn, closesOn, saved, view } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const refusedReason = result && "refused" in result ? result.refused : null;
  const refusedPage = result && "errors" in result ? result : null;
  return (
    <section className="respond" aria-labelledby="respond-title">
      <h1 id="respond-title">{heading.title}</h1>
      {heading.description ? <p className="lead">{heading.description}</p> : null}
      {refusedReason ? <RefusedNotice reason={refusedReason} /> : null}
      {view.mode === "answer" ? <RespondForm view={view} refused={refusedPage} saved={saved} closesOn={closesOn} /> : null}
      {view.mode === "sent" ? (
        <RespondSent draftPrefix={view.draftPrefix} editHref={view.editHref} closesOn={closesOn} tieStories={view.tieStories} />
      ) : null}
      {view.mode === "frozen" ? <RespondFrozen view={view} draftPrefix={view.draftPrefix} opensOn={opensOn} closesOn={closesOn} /> : null}
    </section>
  );
}
