import { useT } from "~/i18n/context";

export type OrgProfileData = { kind: string; country: string; populations: string[]; leadership: string; level: string };

/** The Bridging-the-Gaps profile as a two-column table: readable at 360 px, and by screen readers row by row. */
export function OrgProfile({ profile }: { profile: OrgProfileData }) {
  const t = useT();
  const rows: [string, string][] = [
    ["org.field.kind", t(`org.kind.${profile.kind}`)],
    ["org.field.country", profile.country],
    ["org.field.populations", profile.populations.map((p) => t(`org.population.${p}`)).join(", ")],
    ["org.field.leadership", t(`org.leadership.${profile.leadership}`)],
    ["org.field.level", t(`org.level.${profile.level}`)],
  ];
  return (
    <table>
      <caption className="visually-hidden">{t("org.profile")}</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{t(label)}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
