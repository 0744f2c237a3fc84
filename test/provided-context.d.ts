// Values the global setup (test/setup/global-setup.ts) provides to the tests.
declare module "vitest" {
  export interface ProvidedContext {
    libsqlUrl: string;
    jwtSigningKey: string;
    jwtPublicKeys: string;
    previousSigningKey: string;
    sealPrivateKey: string;
    sealPublicKeys: string;
    idpJwksUrl: string;
    idpSigningKey: string;
    /** The Turnstile siteverify stand-in (test/setup/turnstile-stand-in.ts): `${url}/siteverify`, `${url}/seen/<token>`. */
    turnstileUrl: string;
    turnstileSecret: string;
    /**
     * The email API stand-in (test/setup/email-api-stand-in.ts): `${url}/emails`,
     * `${url}/received?to=…`, `${url}/outage`.
     */
    emailApiUrl: string;
    emailApiKey: string;
    /** The controller of the faulty database proxies (test/setup/database-proxy-stand-in.ts): `POST ${url}/proxies`. */
    databaseProxiesUrl: string;
  }
}

export {};
