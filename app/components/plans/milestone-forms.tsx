import { Form } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { Milestone, PlanAction } from "~/models/plans/types";
import { FormToken } from "../form-token";
import { FormErrors, PlanField } from "./plan-field";
import { refusalFor, type PlanRefusal } from "./refusal";

export const MILESTONE_STATUSES = ["planned", "under_way", "reached", "stuck"] as const;
const TEXT_MAX = 200;

function StatusField({ id, value, error }: { id: string; value: string; error?: string }) {
  const t = useT();
  return (
    <PlanField id={id} label="plans.form.status" error={error}>
      <select id={id} name="status" defaultValue={value} aria-invalid={error ? true : undefined}>
        {MILESTONE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`plans.status.${s}`)}
          </option>
        ))}
      </select>
    </PlanField>
  );
}

/** A new milestone at the end of the road; create-once by its token. */
export function AddMilestoneForm({ formToken, refused: pageRefusal }: { formToken: string; refused: PlanRefusal }) {
  const t = useT();
  const refused = refusalFor(pageRefusal, "add-milestone");
  const errors = refused?.errors ?? {};
  return (
    <Form method="post" noValidate className="plan-form card" id="add-milestone">
      <h2>{t("plans.road.add_title")}</h2>
      <input type="hidden" name="intent" value="add" />
      <input type="hidden" name="formKey" value="add-milestone" />
      <FormToken value={formToken} />
      <FormErrors errors={errors} shown={["title", "status"]} />
      <PlanField id="add-milestone-title" label="plans.form.milestone" error={errors.title}>
        <input
          id="add-milestone-title"
          name="title"
          maxLength={TEXT_MAX}
          defaultValue={refused?.values.title ?? ""}
          aria-invalid={errors.title ? true : undefined}
        />
      </PlanField>
      <StatusField id="add-milestone-status" value={refused?.values.status ?? "planned"} error={errors.status} />
      <button type="submit">{t("plans.form.add.milestone")}</button>
    </Form>
  );
}

/** Words and status, place on the road, actions linked and unlinked, removal: each its own small form. */
export function ChangeMilestoneForms(props: {
  milestone: Milestone;
  first: boolean;
  last: boolean;
  actions: PlanAction[];
  refused: PlanRefusal;
}) {
  const t = useT();
  const { milestone: m } = props;
  const keys = ["edit", "link", "move", "remove", "unlink"].map((k) => `${k}-${m.id}`);
  const refused = keys.map((k) => refusalFor(props.refused, k)).find(Boolean) ?? null;
  const errors = refused?.errors ?? {};
  const hidden = (intent: string) => (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="formKey" value={`${intent}-${m.id}`} />
      <input type="hidden" name="milestoneId" value={m.id} />
    </>
  );
  const unlinked = props.actions.filter((a) => !m.actions.some((linked) => linked.id === a.id));
  return (
    <details className="plan-change" open={refused ? true : undefined}>
      <summary>{t("plans.form.change_summary")}</summary>
      <FormErrors errors={errors} shown={["title", "status", "actionId"]} />
      <Form method="post" noValidate className="plan-form">
        {hidden("edit")}
        <input type="hidden" name="was" value={m.title} />
        <PlanField id={`edit-${m.id}-title`} label="plans.form.milestone" error={errors.title}>
          <input
            id={`edit-${m.id}-title`}
            name="title"
            maxLength={TEXT_MAX}
            defaultValue={refused?.values.formKey === `edit-${m.id}` ? refused.values.title : m.title}
            aria-invalid={errors.title ? true : undefined}
          />
        </PlanField>
        <StatusField id={`edit-${m.id}-status`} value={m.status} error={errors.status} />
        <button type="submit">{t("plans.form.save")}</button>
      </Form>
      {unlinked.length > 0 ? (
        <Form method="post" noValidate className="plan-form">
          {hidden("link")}
          <PlanField id={`link-${m.id}-action`} label="plans.form.action" error={errors.actionId}>
            <select id={`link-${m.id}-action`} name="actionId" defaultValue="" aria-invalid={errors.actionId ? true : undefined}>
              <option value="">—</option>
              {unlinked.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title} ({a.owner})
                </option>
              ))}
            </select>
          </PlanField>
          <button type="submit">{t("plans.form.link")}</button>
        </Form>
      ) : null}
      {m.actions.map((a) => (
        <Form key={a.id} method="post" className="plan-form">
          {hidden("unlink")}
          <input type="hidden" name="actionId" value={a.id} />
          <button type="submit">{t("plans.form.unlink_action", { action: a.title })}</button>
        </Form>
      ))}
      <div className="actions">
        {props.first ? null : (
          <Form method="post">
            {hidden("move")}
            <button type="submit" name="direction" value="up">
              {t("plans.form.move_up")}
            </button>
          </Form>
        )}
        {props.last ? null : (
          <Form method="post">
            {hidden("move")}
            <button type="submit" name="direction" value="down">
              {t("plans.form.move_down")}
            </button>
          </Form>
        )}
        <Form method="post">
          {hidden("remove")}
          <button type="submit" className="danger">
            {t("plans.form.remove_milestone")}
          </button>
        </Form>
      </div>
    </details>
  );
}
