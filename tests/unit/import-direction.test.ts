// Imports run one way: routes → models / reports / surveys / components; models → db, surveys, reports;
// reports and surveys do no I/O; db imports nothing from the app. A wrong-way import fails here, with the
// file and the import named, before a reviewer has to spot it.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const IMPORT = /^\s*(import|export)\s+(type\s+)?[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gm;

type Edge = { from: string; to: string; typeOnly: boolean };

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "migrations" ? [] : sourceFiles(rel);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [rel] : [];
  });
}

/** Where an import points, as a repository path; packages keep their name. */
function target(from: string, spec: string): string {
  if (spec.startsWith("~/")) return path.join("app", spec.slice(2));
  if (spec.startsWith(".")) return path.normalize(path.join(path.dirname(from), spec));
  return spec;
}

function edgesOf(dir: string): Edge[] {
  return sourceFiles(dir).flatMap((from) =>
    [...fs.readFileSync(path.join(root, from), "utf8").matchAll(IMPORT)].map((m) => ({
      from,
      to: target(from, m[3] ?? m[4]),
      typeOnly: Boolean(m[2]),
    })),
  );
}

const under = (p: string, dir: string) => p === dir || p.startsWith(dir + "/");
const isPackage = (p: string) => !/^(app|db|reports|surveys|tests|public)(\/|$)/.test(p);
const wrong = (edges: Edge[], allowed: (e: Edge) => boolean) => edges.filter((e) => !allowed(e)).map((e) => `${e.from} → ${e.to}`);

// Packages that touch disks, databases or the network: a pure module may not reach them.
const IO_PACKAGES = /^(node:|fs$|path$|better-sqlite3|drizzle-orm|@remix-run\/node|express)/;

describe("the direction of imports", () => {
  it("finds the imports it checks", () => {
    expect(edgesOf("app/routes").length).toBeGreaterThan(100);
    expect(edgesOf("reports").some((e) => e.to.startsWith("reports/"))).toBe(true);
  });

  it("keeps db/ free of the app: it imports only db/ and packages", () => {
    expect(wrong(edgesOf("db"), (e) => under(e.to, "db") || isPackage(e.to))).toEqual([]);
  });

  it("keeps reports/ pure: other report builders, the dimension list, and no I/O package", () => {
    const allowed = (e: Edge) => under(e.to, "reports") || e.to === "surveys/dimensions" || (isPackage(e.to) && !IO_PACKAGES.test(e.to));
    expect(wrong(edgesOf("reports"), allowed)).toEqual([]);
  });

  it("keeps surveys/ apart from the app, the database and the reports", () => {
    expect(wrong(edgesOf("surveys"), (e) => under(e.to, "surveys") || isPackage(e.to))).toEqual([]);
  });

  it("lets components reach models only for view types, with import type from a types.ts", () => {
    const allowed = (e: Edge) => {
      if (under(e.to, "db") || under(e.to, "app/routes") || e.to.includes(".server")) return false;
      if (under(e.to, "app/models")) return e.typeOnly && path.basename(e.to) === "types";
      return true;
    };
    expect(wrong(edgesOf("app/components"), allowed)).toEqual([]);
  });

  it("lets models reach db, surveys and reports, never the pages, the demo or the start-up", () => {
    const allowed = (e: Edge) => !["app/routes", "app/components", "app/demo", "app/startup.server"].some((d) => under(e.to, d));
    expect(wrong(edgesOf("app/models"), allowed)).toEqual([]);
  });

  it("lets routes reach the data only through models", () => {
    expect(wrong(edgesOf("app/routes"), (e) => !under(e.to, "db") && !under(e.to, "app/demo"))).toEqual([]);
  });
});
