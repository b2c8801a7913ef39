// Section 7: "Our reading" by each community organisation and "What we learned" by the INGO, as text.
import type { OurReading } from "../../../reports/types";
import { useT } from "~/i18n/context";
import type { ReportReview } from "~/models/joint-report/types";

export function ReportTexts({ ourReadings, whatWeLearned }: { ourReadings: OurReading[]; whatWeLearned: string | null }) {
  const t = useT();
  return (
    <>
      <h3 id="our-reading">{t("report.texts.our_reading")}</h3>
      {ourReadings.length === 0 ? (
        <p className="muted">{t("report.texts.no_reading")}</p>
      ) : (
        ourReadings.map((reading) => (
          <div className="reading" key={reading.organisationName}>
            <h4>{reading.organisationName}</h4>
            <p className="story-text">{reading.text}</p>
          </div>
        ))
      )}
      <h3 id="what-we-learned">{t("report.texts.what_we_learned")}</h3>
      {whatWeLearned?.trim() ? <p className="story-text">{whatWeLearned}</p> : <p className="muted">{t("report.texts.nothing_learned")}</p>}
    </>
  );
}

/** Where the community review stands; partners and the facilitator see it, funders do not. */
export function ReviewStatus({ review }: { review: ReportReview[] }) {
  const t = useT();
  return (
    <div className="review-status">
      <h3>{t("report.review.title")}</h3>
      <ul>
        {review.map((r) => (
          <li key={r.organisationName}>
            <strong>{r.organisationName}</strong>: {t(`report.review.decision.${r.decision ?? "none"}`)}
            {r.comment ? (
              <blockquote className="story-text">
                <span className="visually-hidden">{t("report.review.comment")}: </span>
                {r.comment}
              </blockquote>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
