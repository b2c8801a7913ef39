import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { useT } from "~/i18n/context";

// One boundary for every route, with a message per status; details of unexpected errors stay in the log.
const MESSAGES: Record<number, string> = {
  400: "error.400",
  403: "error.403",
  404: "error.404",
  409: "error.409",
  413: "error.413",
};

export function AppErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return (
    <section className="error-page" aria-labelledby="error-title">
      <h1 id="error-title">{t(MESSAGES[status] ?? "error.500")}</h1>
      <p>{t("error.status", { status })}</p>
      <p>
        <Link to="/">{t("error.home")}</Link>
      </p>
    </section>
  );
}
