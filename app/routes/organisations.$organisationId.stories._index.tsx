import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { CoordinatorStoryCard } from "~/components/stories/coordinator-card";
import { StoryFilters } from "~/components/stories/filters";
import { ExampleList } from "~/components/listening/example-list";
import { examplesForCoordinator } from "~/models/listening/examples.server";
import { StoryPatternsView } from "~/components/joint-report/story-patterns";
import { organisationPatterns } from "~/models/stories/patterns.server";
import { listOrganisationStories, requireCoordinator, storyFilterChoices, storyFiltersFrom } from "~/models/stories/coordination.server";

// The coordinator's view of every story of their organisation (through the consent rule), with filters
// and read receipts. Anyone else — members, other coordinators, INGO staff, funders, facilitators — 404.
export const handle = { hydrate: false };
export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const links: LinksFunction = () => [{ rel: "stylesheet", href: "/styles/stories.css" }];

export function loader({ request, params }: LoaderFunctionArgs) {
  const { person, organisation } = requireCoordinator(request, params.organisationId);
  const filters = storyFiltersFrom(new URL(request.url));
  return {
    organisation: { id: organisation.id, name: organisation.name },
    filters,
    choices: storyFilterChoices(organisation),
    stories: listOrganisationStories(person, organisation, filters),
    examples: examplesForCoordinator(person, organisation.id, organisation.partnershipIds),
    patterns: organisationPatterns(person, organisation),
  };
}

export default function OrganisationStories() {
  const { organisation, filters, choices, stories, examples, patterns } = useLoaderData<typeof loader>();
  const t = useT();
  const base = `/organisations/${organisation.id}`;
  return (
    <section aria-labelledby="stories-title">
      <h1 id="stories-title">{t("story.coordinator.title", { name: organisation.name })}</h1>
      <p>{t("story.coordinator.intro")}</p>
      <p className="actions">
        <Link to={`${base}/story-links`}>{t("story.links.title_short")}</Link>
        <Link to={`${base}/themes`}>{t("theme.title_short")}</Link>
      </p>
      <StoryFilters choices={choices} values={filters} />
      <p role="status">{t("story.coordinator.count", { count: stories.length })}</p>
      {stories.length === 0 ? (
        <p>{t("story.coordinator.none")}</p>
      ) : (
        <ul className="story-list">
          {stories.map((s, index) => (
            <li key={s.id}>
              <CoordinatorStoryCard story={s} number={index + 1} href={`${base}/stories/${s.id}`} />
            </li>
          ))}
        </ul>
      )}
      <ExampleList examples={examples} titleId="examples-title" />
      <section aria-labelledby="patterns-title">
        <h2 id="patterns-title">{t("patterns.title")}</h2>
        <StoryPatternsView patterns={patterns} idPrefix="organisation-patterns" />
      </section>
    </section>
  );
}
