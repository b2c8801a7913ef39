import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { logout } from "~/models/people/auth.server";

export function action({ request }: ActionFunctionArgs) {
  return redirect("/login", { headers: { "Set-Cookie": logout(request) } });
}

export function loader() {
  return redirect("/");
}
