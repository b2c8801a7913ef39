import { Form } from "@remix-run/react";
import { useT } from "~/i18n/context";

/** "Do not remind me about this round", and taking it back: a plain form, no JavaScript needed. */
export function QuietForm({ quiet }: { quiet: boolean }) {
  const t = useT();
  return (
    <Form method="post">
      <input type="hidden" name="intent" value="quiet" />
      <input type="hidden" name="quiet" value={quiet ? "no" : "yes"} />
      <p className="muted">{t(quiet ? "quiet.is_quiet" : "quiet.hint")}</p>
      <button type="submit">{t(quiet ? "quiet.undo" : "quiet.ask")}</button>
    </Form>
  );
}
