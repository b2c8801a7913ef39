import { useT } from "~/i18n/context";

type Props = { status: string; communityConfirmation: string | null; confirmationComment?: string | null };

/** Both voices on a done action: "marked done · the community confirms / disputes / has not said yet". */
export function ActionStatus({ status, communityConfirmation, confirmationComment }: Props) {
  const t = useT();
  if (status !== "done") return <span className="status">{t(`action.status.${status}`)}</span>;
  const community = communityConfirmation ? t(`action.community.${communityConfirmation}`) : t("action.community.waiting");
  return (
    <>
      <span className="status">{t("action.done_by_owner")}</span> · <span className="status">{community}</span>
      {confirmationComment ? (
        <>
          <br />
          <q className="story-text">{confirmationComment}</q>
        </>
      ) : null}
    </>
  );
}
