import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { StoryForm } from "~/components/stories/form";
import { StoryAlreadyReceived, StoryReceived } from "~/components/stories/received";
import { currentPerson } from "~/models/people/auth.server";
import { localeFor } from "~/models/people/locale.server";
import { notFound } from "~/models/platform/http.server";
import { storyInstrumentFor } from "~/models/stories/form.server";
import { resolveStoryLink } from "~/models/stories/links.server";
import { freshStoryForm, receiveStoryPost } from "~/models/stories/tell-page.server";
import type { StoryFormView } from "~/models/stories/types";
import { asInstrumentLocale } from "../../surveys/types";

// Telling a story with no account, on a cheap phone: no JavaScript needed, one page, ≤ 40 KB in all.
// Unknown, revoked and expired tokens, and links whose round has closed, are all the same 404.
export const handle = { hydrate: false };
export const meta: MetaFunction = () => [{ title: "Sikiliza" }, { name: "robots", content: "noindex" }];
export const links: LinksFunction = () => [
  { rel: "stylesheet", href: "/styles/respond.css" },
  { rel: "stylesheet", href: "/styles/stories.css" },
];

function openLink(request: Request, token: string | undefined) {
  const link = resolveStoryLink(token);
  const locale = asInstrumentLocale(localeFor(request, currentPerson(request)));
  const target = link && storyInstrumentFor(link.roundId, link.organisationId);
  if (!link || !target) throw notFound();
  return { link, target, locale };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { link, target, locale } = openLink(request, params.token);
  return { organisationName: link.organisationName, form: freshStoryForm(target, locale, null) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { link, target, locale } = openLink(request, params.token);
  const form = await request.formData();
  // Told through a link, a story is anonymous whoever is signed in on this phone: no person is recorded.
  const outcome = receiveStoryPost(
    form,
    { roundId: link.roundId, organisationId: link.organisationId, personId: null, linkId: link.linkId },
    target,
    locale,
  );
  if (!outcome) throw notFound();
  return data(outcome.page, { status: outcome.status });
}

export default function TellThroughLink() {
  const { organisationName, form } = useLoaderData<typeof loader>();
  const posted = useActionData<typeof action>();
  const t = useT();
  if (posted?.state === "received") return <StoryReceived receiptCode={posted.receiptCode} />;
  if (posted?.state === "duplicate") return <StoryAlreadyReceived signedIn={false} />;
  const view: StoryFormView = posted?.state === "form" ? posted : form;
  return (
    <section className="narrow story-tell" aria-labelledby="tell-title">
      <h1 id="tell-title">{t("story.tell.title")}</h1>
      <p>{t("story.tell.for_organisation", { organisation: organisationName })}</p>
      <p className="notice">{t("story.tell.anonymous_intro")}</p>
      <StoryForm view={view} />
    </section>
  );
}
