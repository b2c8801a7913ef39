// `npm start`: builds the app when the build is missing or older than the sources, then serves it.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * @param {string} dir
 * @returns {number}
 */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const build = path.resolve("build/index.js");
const stale = !fs.existsSync(build) || ["app", "db", "surveys", "reports"].some((d) => newestMtime(d) > fs.statSync(build).mtimeMs);
if (stale) {
  console.log("Building Sikiliza…");
  execFileSync(path.resolve("node_modules/.bin/remix"), ["build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
}
const { main } = await import("./serve.js");
await main();
