// The compressed weight of an instrument page as a community member's phone receives it: the HTML of the
// built server's document (root layout, header, the page) + every stylesheet and script it references,
// each gzip -9. Measured in-process through the server build's request handler (the same build and
// handler `npm start` serves, without opening a port); the heaviest page of every instrument is reported.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import zlib from "node:zlib";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { createSession } from "../../app/models/people/sessions.server";
import { savePage } from "../../app/models/rounds/responses.server";
import { fullCommunityAnswers, INSTRUMENTS, makeBenchWorld } from "./bench-world";
import type { BenchModule } from "./run";
import { ensureBuild } from "./submit-servers";

const BUILD = path.resolve("build/index.js");
const gz = (bytes: Buffer | string) => zlib.gzipSync(bytes, { level: 9 }).length;

/** Stylesheets and scripts the document asks for, read from public/ as the static server would send them. */
function assetsOf(html: string): string[] {
  const links = [...html.matchAll(/<link [^>]*rel="(?:stylesheet|modulepreload)"[^>]*>/g)].map(([tag]) => /href="([^"]+)"/.exec(tag)?.[1]);
  const scripts = [...html.matchAll(/<script [^>]*src="([^"]+)"/g)].map(([, src]) => src);
  return [...new Set([...links, ...scripts].filter((href): href is string => Boolean(href) && href!.startsWith("/")))];
}

const ANSWERS: Record<string, (other: number) => Record<string, unknown>> = {
  "partnership-view": () => fullCommunityAnswers(0),
  "self-reflection": () => ({}),
  // Worked together: the follow-up questions show too.
  "collaboration-network": (other) => ({
    [`worked_together__${other}`]: true,
    [`worked_on__${other}`]: ["services", "training"],
    [`how_often__${other}`]: "monthly",
  }),
};

export const pageWeightBench: BenchModule = {
  title: "instrument page weight (built server, gzip -9: HTML + CSS + JS)",
  async run(log) {
    ensureBuild(log);
    const world = makeBenchWorld("page", 1);
    const member = world.members[0];
    try {
      // The member has reached every page, with long examples typed on the first: the heaviest realistic pages.
      const pageCount = (instrument: string) => (world.target(instrument, world.clo).instrument.json as { pages: unknown[] }).pages.length;
      for (const instrument of INSTRUMENTS) {
        const answers = ANSWERS[instrument](world.ingo);
        const result = savePage(world.target(instrument, world.clo), world.respondent(member, world.clo), 0, answers, {
          resumeAt: pageCount(instrument) - 1,
        });
        if (!result.ok) throw new Error(`could not save progress for ${instrument}: ${JSON.stringify(result)}`);
      }
      const cookie = `sikiliza_session=${createSession(member)}`;
      const build = (await import(pathToFileURL(BUILD).href)) as ServerBuild & {
        entry: { module: { startup(env: NodeJS.ProcessEnv): Promise<unknown> } };
      };
      await build.entry.module.startup({
        DATABASE_PATH: world.file,
        SIKILIZA_KEY: world.keyText,
        NODE_ENV: "production",
        SIKILIZA_SEED_DEMO: "off",
      });
      const handle = createRequestHandler(build, "production");

      let heaviest = 0;
      for (const instrument of INSTRUMENTS) {
        for (let page = 0; page < pageCount(instrument); page++) {
          const url = `http://127.0.0.1/rounds/${world.roundId}/respond/${instrument}?page=${page}`;
          const response = await handle(new Request(url, { headers: { Cookie: cookie } }), {
            cspNonce: "bench-nonce-0123456789",
            clientAddress: "127.0.0.1",
          });
          const html = await response.text();
          if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
          const assets = assetsOf(html).map((href) => ({ href, gz: gz(fs.readFileSync(path.join("public", href.split("?")[0]))) }));
          const total = gz(html) + assets.reduce((sum, asset) => sum + asset.gz, 0);
          log(
            `  ${instrument} page ${page + 1}: html ${(gz(html) / 1024).toFixed(1)} KB + ${assets.map((a) => `${a.href} ${(a.gz / 1024).toFixed(1)} KB`).join(" + ")} = ${(total / 1024).toFixed(1)} KB`,
          );
          heaviest = Math.max(heaviest, total);
        }
      }
      return [{ name: "instrument_page_gz_kb", value: Number((heaviest / 1024).toFixed(1)) }];
    } finally {
      world.close();
    }
  },
};
