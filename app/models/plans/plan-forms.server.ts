// The plans' forms at the edge: every field is checked here, and each message names its field; a refused form
// changes nothing. `formKey` says which of the page's many small forms was sent, so its message shows beside it.
import { z } from "zod";
import { goalItemKinds, milestoneStatuses } from "../../../db/schema";
import { fieldErrors, formText, type FieldErrors } from "../platform/http.server";

export const PLAN_TEXT_MAX = 200;

const words = (message: string) =>
  z
    .string()
    .transform((v) => v.trim())
    .refine((v) => v.length > 0 && v.length <= PLAN_TEXT_MAX, message);
const id = (message: string) =>
  z
    .string()
    .regex(/^[1-9][0-9]{0,14}$/, message)
    .transform(Number);
const optionalId = (message: string) => z.union([z.literal("").transform(() => null), id(message)]);

export type PlanFormValues = Record<string, string>;

/** Every field a plan form may send, as text cut to a sane length (what a refused form shows again). */
export function planFormValues(form: FormData): PlanFormValues {
  const names = [
    "intent",
    "formKey",
    "kind",
    "parentId",
    "text",
    "was",
    "actionId",
    "itemId",
    "milestoneId",
    "title",
    "status",
    "direction",
  ];
  return Object.fromEntries(
    names.map((n) => [n, formText(form, n).slice(0, n === "text" || n === "title" || n === "was" ? 2 * PLAN_TEXT_MAX : 40)]),
  );
}

type Parsed<T> = { ok: true; input: T } | { ok: false; errors: FieldErrors };
const parse = <T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, values: PlanFormValues): Parsed<T> => {
  const parsed = schema.safeParse(values);
  return parsed.success ? { ok: true, input: parsed.data } : { ok: false, errors: fieldErrors(parsed.error.issues) };
};

const AddGoalItemSchema = z
  .object({
    kind: z.enum(goalItemKinds, { message: "plans.error.kind" }),
    parentId: optionalId("plans.error.parent"),
    text: z.string(),
    actionId: optionalId("plans.error.action"),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "action" && v.actionId === null) ctx.addIssue({ code: "custom", path: ["actionId"], message: "plans.error.action" });
    const trimmed = v.text.trim();
    if (v.kind !== "action" && (trimmed.length === 0 || trimmed.length > PLAN_TEXT_MAX)) {
      ctx.addIssue({ code: "custom", path: ["text"], message: "plans.error.text" });
    }
  })
  .transform((v) => ({ ...v, text: v.kind === "action" ? null : v.text.trim(), actionId: v.kind === "action" ? v.actionId : null }));

export const parseAddGoalItem = (v: PlanFormValues) => parse(AddGoalItemSchema, v);

const EditGoalItemSchema = z.object({ itemId: id("plans.error.item"), text: words("plans.error.text"), was: z.string() });
export const parseEditGoalItem = (v: PlanFormValues) => parse(EditGoalItemSchema, v);

export const parseItemId = (v: PlanFormValues) => parse(z.object({ itemId: id("plans.error.item") }), v);

const status = z.enum(milestoneStatuses, { message: "plans.error.status" });

export const parseAddMilestone = (v: PlanFormValues) => parse(z.object({ title: words("plans.error.title"), status }), v);

const EditMilestoneSchema = z.object({ milestoneId: id("plans.error.item"), title: words("plans.error.title"), was: z.string(), status });
export const parseEditMilestone = (v: PlanFormValues) => parse(EditMilestoneSchema, v);

const MoveSchema = z.object({
  milestoneId: id("plans.error.item"),
  direction: z.enum(["up", "down"], { message: "plans.error.direction" }),
});
export const parseMove = (v: PlanFormValues) => parse(MoveSchema, v);

export const parseMilestoneId = (v: PlanFormValues) => parse(z.object({ milestoneId: id("plans.error.item") }), v);

const LinkSchema = z.object({ milestoneId: id("plans.error.item"), actionId: id("plans.error.action") });
export const parseLink = (v: PlanFormValues) => parse(LinkSchema, v);
