// The text of a PDF, for checking that a printed report holds every section: poppler's pdftotext when it
// is installed, else a small reader of what Chromium (Skia) writes — FlateDecode content streams, Type0
// fonts with ToUnicode maps, text shown as hex glyph strings. Enough for headings; no general PDF parser.
import { execFileSync } from "node:child_process";
import zlib from "node:zlib";

export function pdfText(pdf: Buffer): string {
  try {
    return execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], { input: pdf, stdio: ["pipe", "pipe", "ignore"] }).toString("utf8");
  } catch {
    return readContentStreams(pdf);
  }
}

/** The text of pages `first` to `last` (from 1), by poppler's pdftotext: the page order is its job. */
export function pdfPagesText(pdf: Buffer, first: number, last: number): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", "-f", String(first), "-l", String(last), "-", "-"], { input: pdf }).toString("utf8");
}

/** Pages in a PDF Chromium wrote: one `/Type /Page` object each (the `/Pages` tree nodes excluded). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

type CMap = Map<number, string>;

function streamOf(body: string): string | null {
  const match = /stream\r?\n([\s\S]*?)\r?\nendstream/.exec(body);
  if (!match) return null;
  const raw = Buffer.from(match[1], "latin1");
  if (!/\/FlateDecode/.test(body.slice(0, match.index))) return match[1];
  try {
    return zlib.inflateSync(raw, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString("latin1");
  } catch {
    return null;
  }
}

const utf16 = (hex: string) => Buffer.from(hex, "hex").swap16().toString("utf16le");

function parseCMap(source: string): CMap {
  const map: CMap = new Map();
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, from, to] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(from, 16), utf16(to));
  }
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low, high, to] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const start = parseInt(to, 16);
      for (let code = parseInt(low, 16); code <= parseInt(high, 16); code++)
        map.set(code, String.fromCodePoint(start + code - parseInt(low, 16)));
    }
  }
  return map;
}

export function readContentStreams(pdf: Buffer): string {
  const objects = new Map<string, string>();
  for (const [, id, body] of pdf.toString("latin1").matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) objects.set(id, body);
  // Chromium names each font once for the whole document (/F4 is the same font on every page).
  const fonts = new Map<string, CMap>();
  for (const body of objects.values()) {
    for (const [, dict] of body.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const [, name, id] of dict.matchAll(/\/(\S+)\s+(\d+) 0 R/g)) {
        const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(id) ?? "");
        const source = toUnicode ? streamOf(objects.get(toUnicode[1]) ?? "") : null;
        if (source && !fonts.has(name)) fonts.set(name, parseCMap(source));
      }
    }
  }
  const lines: string[] = [];
  for (const body of objects.values()) {
    const content = streamOf(body);
    if (!content || !content.includes("BT")) continue;
    for (const [, block] of content.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      let cmap: CMap = new Map();
      let line = "";
      for (const [, font, hex] of block.matchAll(/\/(\S+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]+)>/g)) {
        if (font) cmap = fonts.get(font) ?? new Map();
        else for (let i = 0; i + 4 <= hex.length; i += 4) line += cmap.get(parseInt(hex.slice(i, i + 4), 16)) ?? "";
      }
      lines.push(line);
    }
  }
  return lines.join("\n");
}
