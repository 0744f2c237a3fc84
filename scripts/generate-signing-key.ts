// `npm run keys:generate`: prints a new ES256 private JWK for JWT_SIGNING_KEY and one
// for SEAL_PRIVATE_KEY (the violation records' seal: a separate key), each with its
// public half for JWT_PUBLIC_KEYS / SEAL_PUBLIC_KEYS (used when rotating it out later).
import { generateSigningJwk } from "./lib/signing-keys";

const day = new Date().toISOString().slice(0, 10);
const kid = process.argv[2] ?? `k-${day}`;
const token = await generateSigningJwk(kid);
console.log("JWT_SIGNING_KEY (secret):");
console.log(JSON.stringify(token.privateJwk));
console.log("\nIts public key, for JWT_PUBLIC_KEYS once a newer key replaces it:");
console.log(JSON.stringify(token.publicJwk));

const seal = await generateSigningJwk(process.argv[3] ?? `seal-${day}`);
console.log("\nSEAL_PRIVATE_KEY (secret; seals violation records):");
console.log(JSON.stringify(seal.privateJwk));
console.log("\nIts public key, for SEAL_PUBLIC_KEYS once a newer key replaces it (keep it there for good:");
console.log("records it sealed verify only while it is published):");
console.log(JSON.stringify(seal.publicJwk));
