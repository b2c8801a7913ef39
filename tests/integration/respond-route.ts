// The respond route, where a person answers an instrument of a round, and the path to it.
import * as respond from "../../app/routes/rounds.$roundId.respond.$instrument";
import { route } from "../support/route-calls";

export const respondRoute = route(respond, "/rounds/:roundId/respond/:instrument");
export const respondPath = (roundId: number, instrument: string) => `/rounds/${roundId}/respond/${instrument}`;
