import type { ActionFunctionArgs, LinksFunction, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { TellerStoryView } from "~/components/stories/teller-view";
import { formText } from "~/models/platform/http.server";
import { storyForReceipt } from "~/models/stories/teller-view.server";
import { formatReceiptCode, normaliseReceiptCode, storyIdForReceipt } from "~/models/stories/receipts.server";
import { actAsTeller } from "~/models/stories/teller-acts.server";
import type { TellerActRefusal } from "~/models/stories/types";

// The anonymous teller's door to their story: the receipt code, and nothing else. The code travels only in
// POST bodies (a hidden field on every form), never in an address, a log line or the browser history.
export const handle = { hydrate: false };
export const meta: MetaFunction = () => [{ title: "Sikiliza" }, { name: "robots", content: "noindex" }];
export const links: LinksFunction = () => [
  { rel: "stylesheet", href: "/styles/respond.css" },
  { rel: "stylesheet", href: "/styles/stories.css" },
];

export function loader() {
  return null;
}

// A wrong code, a withdrawn story's code and a malformed one get the very same answer.
const nothing = (state: "unknown" | "rate_limited") => data({ state }, { status: state === "unknown" ? 404 : 429 });

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const found = storyIdForReceipt(formText(form, "code"), String(context?.clientAddress ?? "unknown"));
  if (!found.ok) return nothing(found.reason);
  const storyId = found.storyId;
  const code = formatReceiptCode(normaliseReceiptCode(formText(form, "code")));
  const show = (extra: { done?: string | null; refused?: TellerActRefusal | null } = {}, status = 200) => {
    const story = storyForReceipt(storyId);
    return story
      ? data({ state: "story" as const, code, story, done: extra.done ?? null, refused: extra.refused ?? null }, { status })
      : nothing("unknown");
  };
  if (formText(form, "intent") === "open") return show();
  const result = actAsTeller({ kind: "receipt", storyId }, storyId, form);
  if (result.ok) return result.done === "withdraw" ? data({ state: "withdrawn" as const }) : show({ done: result.done });
  if ("notFound" in result) return nothing("unknown");
  return show({ refused: { act: result.act, errors: result.errors } }, 400);
}

function CodeForm({ message }: { message: string | null }) {
  const t = useT();
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="intent" value="open" />
      <div className="field">
        <label htmlFor="code">{t("receipt.code")}</label>
        <p id="code-hint" className="muted">
          {t("receipt.code.hint")}
        </p>
        <input
          id="code"
          name="code"
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          required
          aria-describedby={message ? "code-hint code-error" : "code-hint"}
          aria-invalid={message ? true : undefined}
        />
        {message ? (
          <p id="code-error" className="field-error" role="alert">
            {message}
          </p>
        ) : null}
      </div>
      <button type="submit" className="primary">
        {t("receipt.open")}
      </button>
    </Form>
  );
}

export default function Receipt() {
  const shown = useActionData<typeof action>();
  const t = useT();
  if (shown?.state === "story") {
    return (
      <section className="narrow" aria-labelledby="receipt-title">
        <h1 id="receipt-title">{t("receipt.story_title")}</h1>
        <p className="muted">{t("receipt.keep_code", { code: shown.code })}</p>
        <TellerStoryView story={shown.story} hidden={{ code: shown.code }} refused={shown.refused} done={shown.done} />
      </section>
    );
  }
  if (shown?.state === "withdrawn") {
    return (
      <section className="narrow" aria-labelledby="receipt-title">
        <h1 id="receipt-title">{t("receipt.withdrawn.title")}</h1>
        <p>{t("receipt.withdrawn.body")}</p>
      </section>
    );
  }
  const message = shown ? t(shown.state === "rate_limited" ? "receipt.error.rate_limited" : "receipt.error.unknown") : null;
  return (
    <section className="narrow" aria-labelledby="receipt-title">
      <h1 id="receipt-title">{t("receipt.title")}</h1>
      <p>{t("receipt.intro")}</p>
      <CodeForm message={message} />
    </section>
  );
}
