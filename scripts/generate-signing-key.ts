// `npm run keys:generate`: prints a new ES256 private JWK for JWT_SIGNING_KEY
// and its public half for JWT_PUBLIC_KEYS (used when rotating it out later).
import { generateSigningJwk } from "./lib/signing-keys";

const kid = process.argv[2] ?? `k-${new Date().toISOString().slice(0, 10)}`;
const { privateJwk, publicJwk } = await generateSigningJwk(kid);
console.log("JWT_SIGNING_KEY (secret):");
console.log(JSON.stringify(privateJwk));
console.log("\nIts public key, for JWT_PUBLIC_KEYS once a newer key replaces it:");
console.log(JSON.stringify(publicJwk));
