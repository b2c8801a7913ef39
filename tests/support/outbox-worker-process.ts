// A delivery worker in its own process, started as the server starts it (startOutboxWorker), on the database
// and key the parent names: the crash test kills it with SIGKILL mid-delivery and starts another.
import { openDatabase } from "../../db/client";
import { setContext } from "../../app/models/platform/context.server";
import { parseKeyring } from "../../app/models/platform/crypto.server";
import { startOutboxWorker } from "../../app/models/messages/worker.server";

const db = openDatabase(process.env.DATABASE_PATH!);
setContext({ db, keyring: parseKeyring(process.env.SIKILIZA_KEY!) });
startOutboxWorker(process.env);
// The worker's timer does not hold the process open (a server's socket does); this does.
setInterval(() => {}, 60_000);
console.log("worker started");
