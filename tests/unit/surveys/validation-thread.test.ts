// The validation thread (ADR 034): survey-core's work on a submission, done on a worker thread, must be exactly
// what prepareSubmission returns on the event loop, for accepted and refused answers alike, for each instrument
// JSON it is sent (the same version can come with other expansions), and whatever happens to the thread.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expandNetworkInstrument } from "../../../surveys/network";
import { instrumentFromJson } from "../../../surveys/load-instruments";
import { prepareSubmission } from "../../../surveys/prepare-submission";
import { prepareSubmissionOffThread, stopValidationThread, validationThreadRunning } from "../../../surveys/validation-thread";
import { answer } from "../../../surveys/validation-worker";
import { instrument, rawInstrument, tinyInstrument } from "./helpers";

const options = { variables: { INGO: "Msaada International", CLO: "Sauti Yetu" }, language: "sw" };
const view = { decisions: 4, agenda_na: true, decisions_example: "Tuliamua pamoja", money_example: "  ", consent: "partners" };
// A required question left out, a value no choice has, and a name the instrument does not know.
const refused = { decisions: 9, consent: "partners", nobody_asked: "x" };

// Booting the thread loads survey-core and the instruments' code from source: allow it time on a busy machine.
const BOOT_MS = 60_000;

describe("the validation thread", () => {
  it(
    "answers an accepted and a refused submission exactly as prepareSubmission does",
    async () => {
      const partnershipView = instrument("partnership-view");
      const [accepted, refusal] = await Promise.all(
        [view, refused].map((answers) => prepareSubmissionOffThread(partnershipView, answers, options)),
      );
      expect(accepted).toEqual(prepareSubmission(partnershipView, view, options));
      expect(refusal).toEqual(prepareSubmission(partnershipView, refused, options));
      expect(accepted.validation.ok).toBe(true);
      expect(refusal.validation.errors.map((error) => error.question)).toEqual(expect.arrayContaining(["nobody_asked", "decisions"]));
    },
    BOOT_MS,
  );

  it(
    "works on the JSON it is given: two expansions of one version are never confused",
    async () => {
      const raw = rawInstrument("collaboration-network");
      const toSautiYetu = instrumentFromJson("collaboration-network", expandNetworkInstrument(raw, [{ id: 7, name: "Sauti Yetu" }]));
      const toAmani = instrumentFromJson("collaboration-network", expandNetworkInstrument(raw, [{ id: 9, name: "Amani" }]));
      const answers = { worked_with_7: true };
      for (const which of [toSautiYetu, toAmani, toSautiYetu]) {
        expect(await prepareSubmissionOffThread(which, answers, options)).toEqual(prepareSubmission(which, answers, options));
      }
    },
    BOOT_MS,
  );

  it(
    "still answers, on the event loop, the submissions a thread that stopped was holding; the next one starts a thread again",
    async () => {
      const partnershipView = instrument("partnership-view");
      await prepareSubmissionOffThread(partnershipView, view, options);
      const held = Array.from({ length: 5 }, () => prepareSubmissionOffThread(partnershipView, view, options));
      await stopValidationThread();
      const expected = prepareSubmission(partnershipView, view, options);
      for (const result of await Promise.all(held)) expect(result).toEqual(expected);
      expect(await prepareSubmissionOffThread(partnershipView, refused, options)).toEqual(
        prepareSubmission(partnershipView, refused, options),
      );
    },
    BOOT_MS,
  );

  it(
    "starts a thread again after each crash as long as the last one answered, and answers what cannot be sent on the event loop",
    async () => {
      const partnershipView = instrument("partnership-view");
      for (let crash = 0; crash < 5; crash++) {
        await prepareSubmissionOffThread(partnershipView, view, options);
        expect(validationThreadRunning()).toBe(true);
        await stopValidationThread();
      }
      // Answers with a function in them cannot be posted to the thread: refused the way prepareSubmission refuses them.
      await expect(prepareSubmissionOffThread(partnershipView, { ...view, note: () => "sawa" }, options)).rejects.toThrow(
        /could not be cloned/,
      );
      expect(await prepareSubmissionOffThread(partnershipView, view, options)).toEqual(prepareSubmission(partnershipView, view, options));
      expect(validationThreadRunning()).toBe(true);
    },
    BOOT_MS,
  );

  it(
    "answers on the event loop when no thread can start",
    async () => {
      const partnershipView = instrument("partnership-view");
      await prepareSubmissionOffThread(partnershipView, view, options);
      await stopValidationThread();
      // From a folder without the thread's file, a new thread fails to load.
      const home = process.cwd();
      const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), "sikiliza-no-thread-"));
      process.chdir(elsewhere);
      try {
        const results = await Promise.all([view, refused].map((answers) => prepareSubmissionOffThread(partnershipView, answers, options)));
        expect(results).toEqual([view, refused].map((answers) => prepareSubmission(partnershipView, answers, options)));
      } finally {
        process.chdir(home);
        fs.rmSync(elsewhere, { recursive: true, force: true });
      }
    },
    BOOT_MS,
  );

  it("asks for an instrument it no longer keeps instead of guessing, and passes on what prepareSubmission throws", () => {
    const tiny = tinyInstrument([{ type: "text", name: "note" }]);
    expect(answer({ id: 1, jsonKey: 424242, answers: {}, options })).toEqual({ id: 1, missing: true });
    expect(answer({ id: 2, jsonKey: 424243, instrument: tiny, answers: { note: "sawa" }, options })).toEqual({
      id: 2,
      prepared: prepareSubmission(tiny, { note: "sawa" }, options),
    });
    expect(answer({ id: 3, jsonKey: 424243, answers: { note: "tena" }, options })).toHaveProperty("prepared");
    // Answers no copy can be made of (prepareSubmission copies them first) make it throw: the reply says so.
    expect(answer({ id: 4, jsonKey: 424243, answers: { note: () => "sawa" }, options })).toEqual({
      id: 4,
      error: expect.stringMatching(/could not be cloned/),
    });
  });
});
