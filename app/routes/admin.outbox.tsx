import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { OutboxTable } from "~/components/messages/outbox-table";
import { requireFacilitator } from "~/models/people/auth.server";
import { markSentByHand, outboxPage } from "~/models/messages/outbox-page.server";
import { formText } from "~/models/platform/http.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const handle = { hydrate: false };

export function loader({ request }: LoaderFunctionArgs) {
  requireFacilitator(request);
  return outboxPage();
}

export async function action({ request }: ActionFunctionArgs) {
  requireFacilitator(request);
  const form = await request.formData();
  const id = formText(form, "id");
  // A double click, or a message the worker took meanwhile, changes nothing.
  if (formText(form, "intent") === "sent_by_hand" && /^[1-9][0-9]{0,14}$/.test(id)) markSentByHand(Number(id));
  return redirect("/admin/outbox");
}

export default function AdminOutbox() {
  const { channels, list, counts } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div>
      <p>
        <Link to="/admin">{t("admin.back")}</Link>
      </p>
      <h1>{t("outbox.title")}</h1>
      <p>{t("outbox.intro")}</p>
      <ul>
        <li>{t(channels.email ? "outbox.channel.email.on" : "outbox.channel.email.off")}</li>
        <li>{t(channels.sms ? "outbox.channel.sms.on" : "outbox.channel.sms.off")}</li>
      </ul>
      <p role="status">
        {(["queued", "sending", "sent", "failed", "cancelled"] as const)
          .map((s) => t("outbox.count", { state: t(`outbox.state.${s}`), count: counts[s] ?? 0 }))
          .join(" · ")}
      </p>
      <OutboxTable rows={list} />
    </div>
  );
}
