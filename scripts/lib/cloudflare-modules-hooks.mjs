// Node module hooks for running the Worker's app in plain Node (to write its
// OpenAPI document): the `cloudflare:*` modules exist only in workerd, so they
// resolve to empty stand-ins. Nothing that runs here may use them.
export async function resolve(specifier, context, next) {
  if (specifier.startsWith("cloudflare:")) {
    return { url: `data:text/javascript,export class EmailMessage {}`, shortCircuit: true };
  }
  return next(specifier, context);
}
