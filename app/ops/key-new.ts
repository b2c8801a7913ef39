// `npm run key:new`: prints a new key ring (JSON: the current version, its 32-byte key, the lookup key) on stdout,
// to be written to the key file, e.g. `npm run -s key:new > /etc/sikiliza/sikiliza.key`.
import { newKeyringText } from "../models/platform/crypto.server";
import { runCommand, say } from "./terminal";

runCommand(async () => {
  process.stdout.write(`${newKeyringText()}\n`);
  if (process.stdout.isTTY) say(`Write this to the key file (chmod 600), outside the data folder, and keep a copy apart from the backups.`);
});
