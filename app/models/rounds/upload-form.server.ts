// The upload form as sent: the name, and the JSON from the file field or, when no file was chosen, the pasted text.
import { formText } from "../platform/http.server";

export async function readUploadForm(request: Request): Promise<{ name: string; text: string }> {
  const form = await request.formData();
  const file = form.get("file");
  let text = formText(form, "json");
  if (file && typeof file !== "string" && file.size > 0) {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      text = "\u0000not utf-8";
    }
  }
  return { name: formText(form, "name").trim(), text };
}
