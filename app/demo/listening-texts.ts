// The words of the demo's listening loop: GHP's answers to shared stories, and the actions they led to.
import type { Dimension } from "../../surveys/dimensions";
import type { ActionStatus } from "../models/listening/action-form.server";

/** The open round; the latest past round; every round before it. */
export type RoundRole = "older" | "newer" | "open";

export const DEMO_ANSWERS: { heard: string; willDo: string }[] = [
  {
    heard:
      "We heard that the stipends for peer educators arrived six weeks late, and that members paid for transport out of their own pockets.",
    willDo:
      "From next month our finance team pays stipends on the first working day. Pieter checks it each month and reports back to your coordinator.",
  },
  {
    heard: "You told us the clinic staff we trained still turned people away, and that our report called the training a success.",
    willDo:
      "We will not report it as a success again until you say so. We are asking Tumaini to lead the next training and will pay for it.",
  },
  {
    heard: "Tulisikia kwamba mlialikwa kwenye mkutano wa mipango siku mbili tu kabla, na hamkuweza kujiandaa.",
    willDo: "Tutatuma mialiko angalau wiki tatu kabla, pamoja na rasimu ya ajenda ambayo mnaweza kubadilisha.",
  },
  {
    heard: "We heard that our new data form asks for names and that this puts members at risk with the police.",
    willDo: "We have removed the name field from the form today. We will ask you before we add any new question.",
  },
  {
    heard: "You told us the budget you saw was only the part that reaches you, and that you could not see what we keep.",
    willDo: "We will share the whole programme budget, including our own costs, at the next partnership meeting.",
  },
];

export type DemoActionPlan = {
  title: string;
  owner: "ghp" | "tumaini" | "pamoja";
  createdBy: string;
  status: ActionStatus;
  round: RoundRole;
  dueInDays: number;
  dimensions: Dimension[];
  linkFrom: "tumaini" | "pamoja" | "any";
  community?: { by: string; decision: "confirmed" | "disputed"; comment: string };
};

export const DEMO_ACTIONS: DemoActionPlan[] = [
  {
    title: "Invite both community partners to the annual planning meeting, three weeks ahead",
    owner: "ghp",
    createdBy: "staff1@ghp.example",
    status: "done",
    round: "older",
    dueInDays: -60,
    dimensions: ["decisions", "agenda"],
    linkFrom: "any",
    community: {
      by: "wanjiru@pamoja.example",
      decision: "disputed",
      comment: "Mwaliko ulifika siku mbili kabla ya mkutano. We could not prepare.",
    },
  },
  {
    title: "Pay peer educators' stipends on the first working day of each month",
    owner: "ghp",
    createdBy: "sanne@ghp.example",
    status: "done",
    round: "newer",
    dueInDays: -20,
    dimensions: ["money", "respect"],
    linkFrom: "tumaini",
    community: { by: "otieno@tumaini.example", decision: "confirmed", comment: "Stipends came on time for two months in a row." },
  },
  {
    title: "Share the whole programme budget, including GHP's own costs",
    owner: "ghp",
    createdBy: "sanne@ghp.example",
    status: "started",
    round: "newer",
    dueInDays: 30,
    dimensions: ["transparency", "money"],
    linkFrom: "any",
  },
  {
    title: "Community-led training for clinic staff on respectful care",
    owner: "tumaini",
    createdBy: "otieno@tumaini.example",
    status: "proposed",
    round: "open",
    dueInDays: 75,
    dimensions: ["respect", "knowledge"],
    linkFrom: "tumaini",
  },
  {
    title: "Joint visit to the county health office",
    owner: "pamoja",
    createdBy: "wanjiru@pamoja.example",
    status: "dropped",
    round: "newer",
    dueInDays: -10,
    dimensions: ["visibility"],
    linkFrom: "pamoja",
  },
];
