// What a state-changing request may carry: an HTML form, urlencoded or multipart, in valid UTF-8. Anything
// else is answered here with 400 or 415 and a message that names the problem (and the field, where there is
// one), before any route sees it — so a JSON body, a broken multipart body or bytes that are not text can
// never reach an action as a 500, and nothing of the body is ever logged (docs/security.md 4.7).

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * @typedef {{ ok: true } | { ok: false, status: 400 | 415, message: string }} BodyCheck
 */

/**
 * @param {string | undefined} contentType
 * @returns {string}
 */
function mediaType(contentType) {
  return (contentType ?? "").split(";")[0].trim().toLowerCase();
}

/**
 * Percent-decoding to bytes, so invalid UTF-8 is seen as bytes rather than silently replaced by U+FFFD.
 * @param {Buffer} raw
 * @returns {Buffer}
 */
function percentDecode(raw) {
  const out = Buffer.alloc(raw.length);
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const byte = raw[i];
    const hex = byte === 0x25 && i + 2 < raw.length ? raw.subarray(i + 1, i + 3).toString("latin1") : "";
    if (/^[0-9a-fA-F]{2}$/.test(hex)) {
      out[n++] = parseInt(hex, 16);
      i += 2;
    } else out[n++] = byte === 0x2b ? 0x20 : byte;
  }
  return out.subarray(0, n);
}

/**
 * @param {Buffer} bytes
 * @returns {string | null} the text, or null when the bytes are not UTF-8
 */
function utf8OrNull(bytes) {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * @param {Buffer} body
 * @returns {BodyCheck}
 */
function checkUrlencoded(body) {
  let start = 0;
  while (start <= body.length) {
    let end = body.indexOf(0x26, start);
    if (end === -1) end = body.length;
    const pair = body.subarray(start, end);
    const eq = pair.indexOf(0x3d);
    const name = utf8OrNull(percentDecode(eq === -1 ? pair : pair.subarray(0, eq)));
    const value = eq === -1 ? "" : utf8OrNull(percentDecode(pair.subarray(eq + 1)));
    if (name === null) return { ok: false, status: 400, message: "A field name in this form is not valid text (UTF-8)." };
    if (value === null) return { ok: false, status: 400, message: `The field "${name.slice(0, 60)}" is not valid text (UTF-8).` };
    start = end + 1;
  }
  return { ok: true };
}

/**
 * A multipart body must parse as a form, and every text field must be UTF-8.
 * @param {Buffer} body
 * @param {string} contentType
 * @returns {Promise<BodyCheck>}
 */
async function checkMultipart(body, contentType) {
  let form;
  try {
    form = await new Request("http://form.invalid/", {
      method: "POST",
      body: new Uint8Array(body),
      headers: { "content-type": contentType },
    }).formData();
  } catch {
    return { ok: false, status: 400, message: "This form could not be read: the multipart body is broken." };
  }
  const textFields = [...form.entries()].filter(([, value]) => typeof value === "string");
  const hasFiles = textFields.length < [...form.keys()].length;
  // The parser has already replaced bad bytes; with no file in the body, the whole body must be UTF-8.
  if (!hasFiles && utf8OrNull(body) === null) {
    const bad = textFields.find(([, value]) => String(value).includes("\uFFFD"));
    return {
      ok: false,
      status: 400,
      message: bad ? `The field "${bad[0].slice(0, 60)}" is not valid text (UTF-8).` : "This form is not valid text (UTF-8).",
    };
  }
  return { ok: true };
}

/**
 * @param {Buffer} body
 * @param {string | undefined} contentType
 * @returns {Promise<BodyCheck>}
 */
export async function checkFormBody(body, contentType) {
  const type = mediaType(contentType);
  if (body.length === 0 && !type) return { ok: true };
  if (!FORM_TYPES.includes(type)) return { ok: false, status: 415, message: "Sikiliza accepts only HTML form submissions here." };
  return type === "multipart/form-data" ? checkMultipart(body, String(contentType)) : checkUrlencoded(body);
}
