/**
 * Signs in to a tenant's staff console through its real sign-in form, as a
 * browser would: reads the form (its CSRF token and the form cookie), posts
 * it, and answers the session cookie (`kc_session=…`) for later requests.
 * `headers` go with both requests (e.g. `CF-Connecting-IP`).
 */
export async function signInToConsole(
  baseUrl: string,
  account: { slug: string; email: string; password: string },
  headers: Record<string, string> = {},
): Promise<string> {
  const form = await fetch(`${baseUrl}/t/${account.slug}/login`, { headers });
  const formCookie = (form.headers.getSetCookie().find((c) => c.startsWith("kc_form=")) ?? "").split(";")[0] ?? "";
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? "";
  const res = await fetch(`${baseUrl}/t/${account.slug}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: formCookie },
    body: new URLSearchParams({ _csrf: token, email: account.email, password: account.password }).toString(),
  });
  await res.arrayBuffer();
  const session = res.headers.getSetCookie().find((c) => c.startsWith("kc_session="));
  if (res.status !== 303 || !session) throw new Error(`console sign-in of ${account.email} answered ${res.status}`);
  return session.split(";")[0] ?? "";
}
