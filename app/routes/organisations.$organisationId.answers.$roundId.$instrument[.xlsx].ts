// /organisations/:id/answers/:roundId/:instrument.xlsx — the same table as the CSV, as a spreadsheet.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { answersDownload } from "~/models/rounds/answer-export-response.server";

export const loader = ({ request, params }: LoaderFunctionArgs) => answersDownload(request, params, "xlsx");
