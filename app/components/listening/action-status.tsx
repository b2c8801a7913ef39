import { useT } from "~/i18n/context";

type Props = {
  status: string;
  communityConfirmation: string | null;
  confirmationComment?: string | null;
  changedAfterVerdictAt?: string | null;
};

/** Both voices on a done action: "marked done · the community confirms / disputes / has not said yet". */
export function ActionStatus({ status, communityConfirmation, confirmationComment, changedAfterVerdictAt }: Props) {
  const t = useT();
  // The community's earlier word was about another wording, owner or date: say so wherever the action shows.
  const changed = changedAfterVerdictAt ? (
    <>
      {" "}
      · <span className="status status-changed">{t("action.changed_after_verdict")}</span>
    </>
  ) : null;
  if (status !== "done")
    return (
      <>
        <span className="status">{t(`action.status.${status}`)}</span>
        {changed}
      </>
    );
  const community = communityConfirmation ? t(`action.community.${communityConfirmation}`) : t("action.community.waiting");
  return (
    <>
      <span className="status">{t("action.done_by_owner")}</span> · <span className="status">{community}</span>
      {changed}
      {confirmationComment ? (
        <>
          <br />
          <q className="story-text">{confirmationComment}</q>
        </>
      ) : null}
    </>
  );
}
