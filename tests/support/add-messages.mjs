#!/usr/bin/env node
// Merges new catalogue keys safely while several people edit: `node tests/support/add-messages.mjs keys.json`
// where keys.json is {"en": {...}, "sw": {...}}. Both languages must carry the same keys.
import fs from "node:fs";
import path from "node:path";

const [file] = process.argv.slice(2);
const incoming = JSON.parse(fs.readFileSync(file, "utf8"));
const en = Object.keys(incoming.en ?? {}).sort();
const sw = Object.keys(incoming.sw ?? {}).sort();
if (JSON.stringify(en) !== JSON.stringify(sw)) {
  console.error(
    "en and sw must have the same keys; differing:",
    en.filter((k) => !sw.includes(k)),
    sw.filter((k) => !en.includes(k)),
  );
  process.exit(1);
}
const dir = path.resolve("app/i18n/catalogues");
const lock = path.join(dir, ".lock");
for (let i = 0; ; i++) {
  try {
    fs.mkdirSync(lock);
    break;
  } catch {
    if (i > 200) throw new Error("catalogue lock held too long: remove app/i18n/catalogues/.lock");
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
}
try {
  for (const lang of Object.keys(incoming)) {
    const target = path.join(dir, `${lang}.json`);
    const current = JSON.parse(fs.readFileSync(target, "utf8"));
    const merged = { ...current, ...incoming[lang] };
    fs.writeFileSync(target, JSON.stringify(merged, null, 2) + "\n");
    console.log(`${lang}: ${Object.keys(incoming[lang]).length} keys merged, ${Object.keys(merged).length} in all`);
  }
} finally {
  fs.rmdirSync(lock);
}
