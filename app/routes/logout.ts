import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { logout } from "~/models/people/auth.server";

export function action({ request }: ActionFunctionArgs) {
  // The sign-in page then forgets the drafts this browser kept (public/scripts/forget-drafts.js).
  return redirect("/login?signed_out=1", { headers: { "Set-Cookie": logout(request) } });
}

export function loader() {
  return redirect("/");
}
