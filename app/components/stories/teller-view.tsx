import { Form } from "@remix-run/react";
import { useDate, useT } from "~/i18n/context";
import { FieldError } from "../field-error";
import type { TellerActRefusal, TellerStory } from "~/models/stories/types";
import { StoryMeta } from "./meta";
import { TellerTranslations } from "./translations";

// The teller's own story: what they wrote, who may read it, whether it was read (never by whom), the
// INGO's answers and actions, and the three things only the teller may do. Plain forms, no JavaScript;
// on the receipt page every form carries the code in a hidden field, never in the address.

type Props = { story: TellerStory; hidden: Record<string, string>; refused: TellerActRefusal | null; done: string | null };

function Hidden({ fields }: { fields: Record<string, string> }) {
  return (
    <>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

function Loop({ story }: { story: TellerStory }) {
  const t = useT();
  const d = useDate();
  const shared = story.scope !== "community";
  return (
    <section aria-labelledby="loop-title" className="card">
      <h2 id="loop-title">{t("story.loop.title")}</h2>
      <p>
        {shared
          ? story.readAt
            ? t("story.loop.read", { date: d(story.readAt) })
            : t("story.loop.not_read")
          : t("story.loop.community_only")}
      </p>
      {story.answers.length === 0 ? (
        shared ? (
          <p>{t("story.loop.no_answer")}</p>
        ) : null
      ) : (
        story.answers.map((a) => (
          <article key={a.id} className="story-answer">
            <p className="muted">{t("story.loop.answer_from", { organisation: a.organisationName, date: d(a.createdAt) })}</p>
            <h3>{t("story.loop.heard")}</h3>
            <p className="story-text">{a.heard}</p>
            <h3>{t("story.loop.will_do")}</h3>
            <p className="story-text">{a.willDo}</p>
          </article>
        ))
      )}
      {story.actions.length ? (
        <>
          <h3>{t("story.loop.actions")}</h3>
          <ul>
            {story.actions.map((a, i) => (
              <li key={i}>
                {a.title} <span className="status">{t(`action.status.${a.status}`)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function RateForm({ story, hidden, errors }: { story: TellerStory; hidden: Record<string, string>; errors: Record<string, string> }) {
  const t = useT();
  return (
    <Form method="post" noValidate aria-labelledby="rate-title">
      <h3 id="rate-title">{t("story.rate.title")}</h3>
      {story.rating ? <p>{t("story.rate.current", { rating: story.rating.rating })}</p> : null}
      <Hidden fields={{ ...hidden, intent: "rate" }} />
      <fieldset aria-describedby={errors.rating ? "rating-error" : undefined}>
        <legend>{t("story.rate.question")}</legend>
        <ul className="choices">
          {[1, 2, 3, 4, 5].map((n) => (
            <li key={n} className="choice">
              <input type="radio" id={`rating-${n}`} name="rating" value={n} defaultChecked={story.rating?.rating === n} />
              <label htmlFor={`rating-${n}`}>{t(`story.rate.value.${n}`)}</label>
            </li>
          ))}
        </ul>
        <FieldError id="rating-error" message={errors.rating} />
      </fieldset>
      <div className="field">
        <label htmlFor="rate-comment">{t("story.rate.comment")}</label>
        <textarea
          id="rate-comment"
          name="comment"
          maxLength={2000}
          defaultValue={story.rating?.comment ?? ""}
          aria-describedby={errors.comment ? "comment-error" : undefined}
        />
        <FieldError id="comment-error" message={errors.comment} />
      </div>
      <button type="submit">{t("story.rate.send")}</button>
    </Form>
  );
}

function NarrowForm({ story, hidden, errors }: { story: TellerStory; hidden: Record<string, string>; errors: Record<string, string> }) {
  const t = useT();
  return (
    <Form method="post" noValidate aria-labelledby="narrow-title">
      <h3 id="narrow-title">{t("story.narrow.title")}</h3>
      <Hidden fields={{ ...hidden, intent: "narrow" }} />
      <fieldset aria-describedby={errors.scope ? "scope-error" : undefined}>
        <legend>{t("story.narrow.question")}</legend>
        <ul className="choices">
          {story.narrowerScopes.map((scope) => (
            <li key={scope} className="choice">
              <input type="radio" id={`scope-${scope}`} name="scope" value={scope} />
              <label htmlFor={`scope-${scope}`}>{t(`story.scope.${scope}`)}</label>
            </li>
          ))}
        </ul>
        <FieldError id="scope-error" message={errors.scope} />
      </fieldset>
      <button type="submit">{t("story.narrow.send")}</button>
    </Form>
  );
}

function WithdrawForm({ hidden, errors }: { hidden: Record<string, string>; errors: Record<string, string> }) {
  const t = useT();
  return (
    <Form method="post" noValidate aria-labelledby="withdraw-title">
      <h3 id="withdraw-title">{t("story.withdraw.title")}</h3>
      <p>{t("story.withdraw.explain")}</p>
      <Hidden fields={{ ...hidden, intent: "withdraw" }} />
      <div className="choice">
        <input
          type="checkbox"
          id="withdraw-confirm"
          name="confirm"
          value="yes"
          aria-describedby={errors.confirm ? "confirm-error" : undefined}
        />
        <label htmlFor="withdraw-confirm">{t("story.withdraw.confirm")}</label>
      </div>
      <FieldError id="confirm-error" message={errors.confirm} />
      <button type="submit" className="danger">
        {t("story.withdraw.send")}
      </button>
    </Form>
  );
}

export function TellerStoryView({ story, hidden, refused, done }: Props) {
  const t = useT();
  const errorsFor = (act: string) => (refused?.act === act ? refused.errors : {});
  return (
    <div className="teller-story">
      {done ? (
        <p className="notice" role="status">
          {t(`story.act.done.${done}`)}
        </p>
      ) : null}
      {refused?.errors.form ? (
        <p className="form-error" role="alert">
          {t(refused.errors.form)}
        </p>
      ) : null}
      <section aria-labelledby="your-story-title" className="card">
        <h2 id="your-story-title">{t("story.yours.title")}</h2>
        <blockquote className="story-text" lang={story.language}>
          {story.text}
        </blockquote>
        <StoryMeta story={story} />
        <p>{t(`story.scope.explain.${story.scope}`)}</p>
      </section>
      <TellerTranslations translations={story.translations} hidden={hidden} errors={errorsFor("translation")} />
      <Loop story={story} />
      <section aria-labelledby="acts-title" className="card story-acts">
        <h2 id="acts-title">{t("story.acts.title")}</h2>
        {story.answers.length ? <RateForm story={story} hidden={hidden} errors={errorsFor("rate")} /> : null}
        {story.narrowerScopes.length ? <NarrowForm story={story} hidden={hidden} errors={errorsFor("narrow")} /> : null}
        <WithdrawForm hidden={hidden} errors={errorsFor("withdraw")} />
      </section>
    </div>
  );
}
