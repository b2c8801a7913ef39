import { Form } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { GoalItemKind, GoalNode, PlanAction } from "~/models/plans/types";
import { FormToken } from "../form-token";
import { FormErrors, PlanField } from "./plan-field";
import { refusalFor, type PlanRefusal } from "./refusal";

const TEXT_MAX = 200;

/** Adds a problem, or a cause, goal or linked action under the item `parentId`; create-once by its token. */
export function AddGoalItemForm(props: {
  kind: GoalItemKind;
  parentId: number | null;
  actions: PlanAction[];
  formToken: string;
  refused: PlanRefusal;
}) {
  const t = useT();
  const key = `add-${props.kind}-${props.parentId ?? "top"}`;
  const refused = refusalFor(props.refused, key);
  const errors = refused?.errors ?? {};
  return (
    <Form method="post" noValidate className="plan-form" id={key}>
      <input type="hidden" name="intent" value="add" />
      <input type="hidden" name="formKey" value={key} />
      <input type="hidden" name="kind" value={props.kind} />
      <input type="hidden" name="parentId" value={props.parentId ?? ""} />
      <FormToken value={props.formToken} />
      <FormErrors errors={errors} shown={["text", "actionId"]} />
      {props.kind === "action" ? (
        <PlanField id={`${key}-action`} label="plans.form.action" error={errors.actionId}>
          <select
            id={`${key}-action`}
            name="actionId"
            defaultValue={refused?.values.actionId ?? ""}
            aria-invalid={errors.actionId ? true : undefined}
          >
            <option value="">—</option>
            {props.actions.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title} ({a.owner})
              </option>
            ))}
          </select>
        </PlanField>
      ) : (
        <PlanField id={`${key}-text`} label={`plans.form.new.${props.kind}`} error={errors.text}>
          <input
            id={`${key}-text`}
            name="text"
            maxLength={TEXT_MAX}
            defaultValue={refused?.values.text ?? ""}
            aria-invalid={errors.text ? true : undefined}
          />
        </PlanField>
      )}
      <button type="submit">{t(`plans.form.add.${props.kind}`)}</button>
    </Form>
  );
}

/** New words for an item (not for a linked action, whose words are the action's), and its removal. */
export function ChangeGoalItemForms({ node, refused: pageRefusal }: { node: GoalNode; refused: PlanRefusal }) {
  const t = useT();
  const editKey = `edit-${node.id}`;
  const refused = refusalFor(pageRefusal, editKey) ?? refusalFor(pageRefusal, `remove-${node.id}`);
  const errors = refused?.errors ?? {};
  return (
    <details className="plan-change" open={refused ? true : undefined}>
      <summary>{t(node.kind === "action" ? "plans.form.unlink_summary" : "plans.form.change_summary")}</summary>
      {node.kind !== "action" ? (
        <Form method="post" noValidate className="plan-form">
          <input type="hidden" name="intent" value="edit" />
          <input type="hidden" name="formKey" value={editKey} />
          <input type="hidden" name="itemId" value={node.id} />
          <input type="hidden" name="was" value={node.text} />
          <FormErrors errors={errors} shown={["text"]} />
          <PlanField id={`${editKey}-text`} label="plans.form.words" error={errors.text}>
            <input
              id={`${editKey}-text`}
              name="text"
              maxLength={TEXT_MAX}
              defaultValue={refused?.values.text ?? node.text}
              aria-invalid={errors.text ? true : undefined}
            />
          </PlanField>
          <button type="submit">{t("plans.form.save")}</button>
        </Form>
      ) : null}
      <Form method="post" className="plan-form">
        <input type="hidden" name="intent" value="remove" />
        <input type="hidden" name="formKey" value={`remove-${node.id}`} />
        <input type="hidden" name="itemId" value={node.id} />
        <button type="submit" className="danger">
          {node.kind === "action"
            ? t("plans.form.unlink")
            : descendants(node) === 0
              ? t("plans.form.remove_alone")
              : t("plans.form.remove", { n: descendants(node) })}
        </button>
      </Form>
    </details>
  );
}

const descendants = (node: GoalNode): number => node.children.reduce((n, child) => n + 1 + descendants(child), 0);
