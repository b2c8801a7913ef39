import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { InboxFilters } from "~/components/inbox-filters";
import { InboxList } from "~/components/inbox-list";
import { requirePerson } from "~/models/auth.server";
import { inboxFilterChoices, inboxFiltersFrom, isIngoStaff, listInbox } from "~/models/inbox.server";
import { notFound } from "~/models/responses.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const handle = { hydrate: false };

// INGO staff only: to anyone else the inbox does not exist (SECURITY #2).
export function loader({ request }: LoaderFunctionArgs) {
  const person = requirePerson(request);
  if (!isIngoStaff(person)) throw notFound();
  const filters = inboxFiltersFrom(new URL(request.url));
  const choices = inboxFilterChoices(person);
  return { filters, dimensions: choices.dimensions, themes: choices.themes, items: listInbox(person, filters) };
}

export default function Inbox() {
  const { filters, dimensions, themes, items } = useLoaderData<typeof loader>();
  const t = useT();
  const waiting = items.filter((i) => !i.answered).length;
  return (
    <div>
      <h1>{t("inbox.title")}</h1>
      <p>{t("inbox.intro")}</p>
      <InboxFilters dimensions={dimensions} themes={themes} chosen={filters} />
      <section aria-labelledby="stories-title">
        <h2 id="stories-title">{t("inbox.count", { n: items.length, waiting })}</h2>
        <InboxList items={items} />
      </section>
    </div>
  );
}
