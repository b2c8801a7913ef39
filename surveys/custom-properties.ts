import { Serializer } from "survey-core";

// survey-core reports properties it does not know as JSON errors, and drops them from the model. The
// two properties our instruments add are registered here, once, before any model is built.
let registered = false;

export function registerCustomProperties(): void {
  if (registered) return;
  for (const name of ["dimension", "perspective"]) {
    if (!Serializer.findProperty("question", name)) {
      Serializer.addProperty("question", { name, type: "string", category: "data" });
    }
  }
  registered = true;
}

registerCustomProperties();
