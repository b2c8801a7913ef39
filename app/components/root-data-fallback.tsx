// The root's data (language, catalogue, header) for a page whose root loader Remix skipped. When the
// root's error boundary shows a refusal of a form (409, 403, 400 …) or a URL nothing answers (404), Remix
// runs no loader at or below that boundary, so the page would speak in catalogue keys. The document
// renderer (entry.server.tsx) then runs the root loader itself and hands its data down here.
import { createContext } from "react";
import type { RootData } from "~/root";

export const RootDataFallback = createContext<RootData | null>(null);
