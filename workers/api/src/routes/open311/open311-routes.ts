import { open311RequestReadRoutes } from "./get-requests";
import { createOpen311Router, open311Errors } from "./open311-router";
import { open311PostRoutes } from "./post-request";
import { open311ServiceRoutes } from "./services";

/** What exists under /open311/v2, for telling a wrong method (405) from a wrong address (404). */
const resources: { path: RegExp; allow: string }[] = [
  { path: /^\/open311\/v2\/services\.json$/, allow: "GET, HEAD" },
  { path: /^\/open311\/v2\/requests\.json$/, allow: "GET, HEAD, POST" },
  { path: /^\/open311\/v2\/requests\/[^/]+\.json$/, allow: "GET, HEAD" },
];

/**
 * The Open311 GeoReport v2 facade over the hotline (`jurisdiction_id` = the
 * tenant's slug). Misses under /open311/ answer in Open311's error shape
 * too, so a client (asking for `.xml`, say) reads one format throughout.
 */
export const open311Routes = createOpen311Router()
  .route("/", open311ServiceRoutes)
  .route("/", open311PostRoutes)
  .route("/", open311RequestReadRoutes);

open311Routes.all("/open311/*", (c) => {
  const known = resources.find((r) => r.path.test(c.req.path));
  if (known) {
    return open311Errors(c, 405, [`Hãy dùng ${known.allow} · Use ${known.allow}`], { Allow: known.allow });
  }
  return open311Errors(c, 404, [
    "Không có tài nguyên Open311 này; chỉ hỗ trợ .json · No such Open311 resource; only .json is served",
  ]);
});
