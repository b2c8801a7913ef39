// /organisations/:id/answers/:roundId/:instrument.csv — the organisation's own answers, for its coordinators only,
// through the consent module and the small-number rule (app/models/rounds/answer-export.server.ts).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { answersDownload } from "~/models/rounds/answer-export-response.server";

export const loader = ({ request, params }: LoaderFunctionArgs) => answersDownload(request, params, "csv");
