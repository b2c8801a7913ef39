import { useT } from "~/i18n/context";
import type { GoalItemKind, GoalNode, GoalTreePageData } from "~/models/plans/types";
import { AddGoalItemForm, ChangeGoalItemForms } from "./goal-item-forms";
import type { PlanRefusal } from "./refusal";

const CHILD_KIND: Record<GoalItemKind, GoalItemKind | null> = { problem: "cause", cause: "goal", goal: "action", action: null };

/** The goal tree as a nested list: the same items as the drawing, and (for its editors) the forms to change it. */
export function GoalTreeList({ page, refused }: { page: GoalTreePageData; refused: PlanRefusal }) {
  const t = useT();
  return (
    <div className="plan-list">
      {page.problems.length === 0 ? <p className="muted">{t("plans.tree.empty")}</p> : null}
      <ul className="goal-tree-list">
        {page.problems.map((node) => (
          <GoalItem key={node.id} node={node} page={page} refused={refused} />
        ))}
      </ul>
      {page.mayEdit ? (
        <AddGoalItemForm kind="problem" parentId={null} actions={page.actions} formToken={page.formToken} refused={refused} />
      ) : null}
    </div>
  );
}

function GoalItem({ node, page, refused }: { node: GoalNode; page: GoalTreePageData; refused: PlanRefusal }) {
  const t = useT();
  const key = `${node.kind}:${node.id}`;
  const childKind = CHILD_KIND[node.kind];
  return (
    <li id={`item-${node.id}`} data-item={key} className={`plan-${node.kind}`}>
      <span className="plan-kind">{t(`plans.kind.${node.kind}`)}:</span>{" "}
      {node.action ? (
        <>
          <a href={`/actions/${node.action.id}`} data-words={key}>
            {node.text}
          </a>{" "}
          <span className="muted">
            {t("plans.action_of", { owner: node.action.owner, status: t(`action.status.${node.action.status}`) })}
          </span>
        </>
      ) : (
        <span data-words={key}>{node.text}</span>
      )}
      {page.mayEdit ? <ChangeGoalItemForms node={node} refused={refused} /> : null}
      {node.children.length > 0 || (childKind && page.mayEdit) ? (
        <ul>
          {node.children.map((child) => (
            <GoalItem key={child.id} node={child} page={page} refused={refused} />
          ))}
          {childKind && page.mayEdit ? (
            <li className="plan-add">
              <details open={refused?.values.formKey === `add-${childKind}-${node.id}` ? true : undefined}>
                <summary>{t(`plans.form.add.${childKind}`)}</summary>
                <AddGoalItemForm kind={childKind} parentId={node.id} actions={page.actions} formToken={page.formToken} refused={refused} />
              </details>
            </li>
          ) : null}
        </ul>
      ) : null}
    </li>
  );
}
