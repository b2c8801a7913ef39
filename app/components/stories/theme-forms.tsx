import { Form } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { FieldError } from "../field-error";
import { FormToken } from "../form-token";

// The themes of one partnership, each renameable, plus "new theme" and "merge two themes". Plain forms.

export type ThemeGroup = { partnershipId: number; partnershipName: string; themes: { id: number; name: string; stories: number }[] };
type Refused = { errors: Record<string, string>; values: Record<string, string> } | null;

function RenameForm({ theme, refused }: { theme: ThemeGroup["themes"][number]; refused: Refused }) {
  const t = useT();
  const mine = refused?.values.intent === "rename" && refused.values.themeId === String(theme.id);
  const id = `theme-name-${theme.id}`;
  return (
    <Form method="post" className="inline">
      <input type="hidden" name="intent" value="rename" />
      <input type="hidden" name="themeId" value={theme.id} />
      <label htmlFor={id}>{t("theme.rename.label", { name: theme.name })}</label>
      <input
        id={id}
        name="name"
        type="text"
        maxLength={80}
        defaultValue={mine ? refused!.values.name : theme.name}
        aria-describedby={mine ? `${id}-error` : undefined}
      />
      {mine ? <FieldError id={`${id}-error`} message={refused!.errors.name} /> : null}
      <button type="submit">{t("theme.rename.send")}</button>
    </Form>
  );
}

function MergeForm({ group, refused }: { group: ThemeGroup; refused: Refused }) {
  const t = useT();
  const mine = refused?.values.intent === "merge";
  const from = `merge-from-${group.partnershipId}`;
  const into = `merge-into-${group.partnershipId}`;
  return (
    <Form method="post">
      <h3>{t("theme.merge.title")}</h3>
      <p className="muted">{t("theme.merge.explain")}</p>
      <input type="hidden" name="intent" value="merge" />
      <div className="field">
        <label htmlFor={from}>{t("theme.merge.from")}</label>
        <select id={from} name="fromId">
          {group.themes.map((th) => (
            <option key={th.id} value={th.id}>
              {th.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={into}>{t("theme.merge.into")}</label>
        <select
          id={into}
          name="intoId"
          defaultValue={String(group.themes[1]?.id ?? "")}
          aria-describedby={mine ? `${into}-error` : undefined}
        >
          {group.themes.map((th) => (
            <option key={th.id} value={th.id}>
              {th.name}
            </option>
          ))}
        </select>
        {mine ? <FieldError id={`${into}-error`} message={refused!.errors.into} /> : null}
      </div>
      <button type="submit">{t("theme.merge.send")}</button>
    </Form>
  );
}

export function ThemeForms({ group, refused, formToken }: { group: ThemeGroup; refused: Refused; formToken: string }) {
  const t = useT();
  const creating = refused?.values.intent === "create" && refused.values.partnershipId === String(group.partnershipId);
  const newId = `theme-new-${group.partnershipId}`;
  return (
    <section className="card" aria-labelledby={`themes-${group.partnershipId}`}>
      <h2 id={`themes-${group.partnershipId}`}>{group.partnershipName}</h2>
      {group.themes.length === 0 ? (
        <p>{t("theme.none")}</p>
      ) : (
        <ul className="story-list">
          {group.themes.map((th) => (
            <li key={th.id}>
              <p>
                <strong>{th.name}</strong> <span className="muted">{t("theme.stories", { count: th.stories })}</span>
              </p>
              <RenameForm theme={th} refused={refused} />
            </li>
          ))}
        </ul>
      )}
      <Form method="post">
        <h3>{t("theme.create.title")}</h3>
        <input type="hidden" name="intent" value="create" />
        <FormToken value={formToken} />
        <input type="hidden" name="partnershipId" value={group.partnershipId} />
        <div className="field">
          <label htmlFor={newId}>{t("theme.create.label")}</label>
          <input
            id={newId}
            name="name"
            type="text"
            maxLength={80}
            defaultValue={creating ? refused!.values.name : ""}
            aria-describedby={creating ? `${newId}-error` : undefined}
          />
          {creating ? <FieldError id={`${newId}-error`} message={refused!.errors.name} /> : null}
        </div>
        <button type="submit">{t("theme.create.send")}</button>
      </Form>
      {group.themes.length >= 2 ? <MergeForm group={group} refused={refused} /> : null}
    </section>
  );
}
