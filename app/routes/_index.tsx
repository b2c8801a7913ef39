import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { currentPerson } from "~/models/people/auth.server";
import { homeFor } from "~/models/people/home.server";
import { HomeSections } from "~/components/home-sections";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const handle = { hydrate: false };

export function loader({ request }: LoaderFunctionArgs) {
  const person = currentPerson(request);
  return { home: person ? homeFor(person) : null };
}

export default function Home() {
  const { home } = useLoaderData<typeof loader>();
  const t = useT();
  if (!home) {
    return (
      <section className="narrow welcome">
        <h1>{t("welcome.title")}</h1>
        <p>{t("welcome.body")}</p>
        <p>
          <Link className="button primary" to="/login">
            {t("nav.login")}
          </Link>
        </p>
      </section>
    );
  }
  return <HomeSections home={home} />;
}
