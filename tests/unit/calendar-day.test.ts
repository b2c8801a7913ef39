import { isCalendarDay } from "../../app/models/platform/calendar-day";
import { ActionSchema } from "../../app/models/listening/action-form.server";
import { RoundFormSchema } from "../../app/models/rounds/form.server";

describe("a calendar day", () => {
  it.each([
    ["2026-11-23", true],
    ["2028-02-29", true],
    ["2026-02-30", false],
    ["2026-13-45", false],
    ["2026-00-10", false],
    ["26-11-23", false],
    ["", false],
  ])("%s → %s, never an exception", (value, expected) => {
    expect(isCalendarDay(value)).toBe(expected);
  });

  it("is refused with the field's message by the forms that take one, not thrown", () => {
    const action = ActionSchema.safeParse({
      title: "Evening clinic",
      owner: "1",
      due: "2026-13-45",
      status: "proposed",
      dimensions: [],
      stories: [],
    });
    expect(action.success).toBe(false);
    expect(action.error!.issues.map((i) => i.message)).toContain("action.error.due");
    const round = RoundFormSchema.safeParse({
      label: "2026 Q4",
      opensOn: "2026-02-99",
      closesOn: "2026-13-45",
      schedule: "quarterly",
      instruments: [],
      invite: [],
    });
    expect(round.success).toBe(false);
    expect(round.error!.issues.map((i) => i.message)).toEqual(expect.arrayContaining(["round.error.opens_on", "round.error.closes_on"]));
  });
});
