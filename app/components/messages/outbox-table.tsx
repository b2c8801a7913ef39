import { Form } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { OutboxRow } from "~/models/messages/types";

/** Every recent message with its state and reason; one waiting to be copied shows what to send, to whom. */
export function OutboxTable({ rows }: { rows: OutboxRow[] }) {
  const t = useT();
  if (rows.length === 0) return <p>{t("outbox.none")}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t("outbox.col.created")}</th>
          <th scope="col">{t("outbox.col.kind")}</th>
          <th scope="col">{t("outbox.col.channel")}</th>
          <th scope="col">{t("outbox.col.state")}</th>
          <th scope="col">{t("outbox.col.attempts")}</th>
          <th scope="col">{t("outbox.col.why")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} id={`message-${r.id}`}>
            <td>{r.createdAt.slice(0, 16).replace("T", " ")}</td>
            <td>{t(`outbox.kind.${r.kind}`)}</td>
            <td>{r.channel ? t(`outbox.via.${r.channel}`) : ""}</td>
            <td>
              <span className={`status status-${r.state}`}>{t(`outbox.state.${r.state}`)}</span>
              {r.sentBy === "hand" ? ` (${t("outbox.by_hand")})` : null}
            </td>
            <td>{r.attempts}</td>
            <td>
              {r.lastError ?? ""}
              {r.copy ? (
                <details>
                  <summary>{t("outbox.copy")}</summary>
                  <p>{t("outbox.copy.to", { to: r.copy.to })}</p>
                  <p>{t("outbox.copy.subject", { subject: r.copy.subject })}</p>
                  <pre className="message-text">{r.copy.text}</pre>
                  <Form method="post">
                    <input type="hidden" name="id" value={r.id} />
                    <button type="submit" name="intent" value="sent_by_hand">
                      {t("outbox.sent_by_hand")}
                    </button>
                  </Form>
                </details>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
