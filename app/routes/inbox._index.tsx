import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { InboxFilters } from "~/components/listening/inbox-filters";
import { InboxList } from "~/components/listening/inbox-list";
import { ExampleList } from "~/components/listening/example-list";
import { examplesForIngo } from "~/models/listening/examples.server";
import { requirePerson } from "~/models/people/auth.server";
import {
  INBOX_PAGE_SIZE,
  inboxFilterChoices,
  inboxFiltersFrom,
  inboxPageFrom,
  inboxTotals,
  isIngoStaff,
  listInbox,
} from "~/models/listening/inbox.server";
import { notFound } from "~/models/platform/http.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const handle = { hydrate: false };

// INGO staff only: to anyone else the inbox does not exist (docs/security.md 1.2).
export function loader({ request }: LoaderFunctionArgs) {
  const person = requirePerson(request);
  if (!isIngoStaff(person)) throw notFound();
  const url = new URL(request.url);
  const filters = inboxFiltersFrom(url);
  const choices = inboxFilterChoices(person);
  const totals = inboxTotals(person, filters);
  const pages = Math.max(1, Math.ceil(totals.total / INBOX_PAGE_SIZE));
  const page = Math.min(inboxPageFrom(url), pages);
  return {
    filters,
    dimensions: choices.dimensions,
    themes: choices.themes,
    totals,
    page,
    pages,
    items: listInbox(person, filters, { number: page, size: INBOX_PAGE_SIZE }),
    examples: examplesForIngo(person),
  };
}

/** The same filters on another page, as a plain link. */
function pageLink(filters: { dimension: string | null; themeId: number | null }, page: number) {
  const query = new URLSearchParams();
  if (filters.dimension) query.set("dimension", filters.dimension);
  if (filters.themeId) query.set("theme", String(filters.themeId));
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `/inbox?${text}` : "/inbox";
}

export default function Inbox() {
  const { filters, dimensions, themes, totals, page, pages, items, examples } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div>
      <h1>{t("inbox.title")}</h1>
      <p>{t("inbox.intro")}</p>
      <InboxFilters dimensions={dimensions} themes={themes} chosen={filters} />
      <section aria-labelledby="stories-title">
        <h2 id="stories-title">{t("inbox.count", { n: totals.total, waiting: totals.waiting })}</h2>
        <InboxList items={items} />
        {pages > 1 ? (
          <nav aria-label={t("inbox.pages")} className="pager">
            <p>
              {page > 1 ? <Link to={pageLink(filters, page - 1)}>{t("inbox.page.previous")}</Link> : null}{" "}
              {t("inbox.page.of", { page, pages })}{" "}
              {page < pages ? <Link to={pageLink(filters, page + 1)}>{t("inbox.page.next")}</Link> : null}
            </p>
          </nav>
        ) : null}
      </section>
      <ExampleList examples={examples} titleId="examples-title" />
    </div>
  );
}
