import { describe, expect, it } from "vitest";
import { jwksUrlProblem } from "./jwks-url";

const refused = [
  "http://sso.quangngai.gov.vn/jwks.json",
  "ftp://sso.quangngai.gov.vn/jwks.json",
  "https://user:pw@sso.quangngai.gov.vn/jwks.json",
  "https://localhost/jwks.json",
  "https://LOCALHOST./jwks.json",
  "https://keys.localhost/jwks.json",
  // IPv4: metadata, loopback (in every spelling the URL parser accepts), private, CGNAT, this network, multicast, reserved
  "https://169.254.169.254/latest/meta-data/",
  "https://127.0.0.1/jwks.json",
  "https://127.1/jwks.json",
  "https://2130706433/jwks.json",
  "https://0x7f000001/jwks.json",
  "https://0177.0.0.1/jwks.json",
  "https://10.1.2.3/jwks.json",
  "https://172.31.255.255/jwks.json",
  "https://192.168.0.1/jwks.json",
  "https://100.127.0.1/jwks.json",
  "https://0.0.0.0/jwks.json",
  "https://224.0.0.1/jwks.json",
  "https://255.255.255.255/jwks.json",
  // IPv6: unspecified, loopback, mapped and NAT64 IPv4, unique local, link-local, multicast
  "https://[::]/jwks.json",
  "https://[::1]/jwks.json",
  "https://[0:0:0:0:0:0:0:1]/jwks.json",
  "https://[::ffff:169.254.169.254]/jwks.json",
  "https://[::ffff:7f00:1]/jwks.json",
  "https://[64:ff9b::a9fe:a9fe]/jwks.json",
  "https://[fd12:3456::1]/jwks.json",
  "https://[fe80::1]/jwks.json",
  "https://[ff02::1]/jwks.json",
  "not a url",
];

const accepted = [
  "https://sso.quangngai.gov.vn/realms/qn/protocol/openid-connect/certs",
  "https://sso.quangngai.gov.vn:8443/jwks.json",
  "https://203.113.131.1/jwks.json",
  "https://172.32.0.1/jwks.json",
  "https://[2402:800::1]/jwks.json",
];

describe("jwksUrlProblem", () => {
  it.each(refused)("refuses %s", (url) => {
    expect(jwksUrlProblem(url)).not.toBeNull();
  });

  it.each(accepted)("accepts %s", (url) => {
    expect(jwksUrlProblem(url)).toBeNull();
  });

  it("lets the dev stack use http to a loopback stand-in, and nothing else", () => {
    const dev = { allowLoopback: true };
    expect(jwksUrlProblem("http://127.0.0.1:8788/.well-known/jwks.json", dev)).toBeNull();
    expect(jwksUrlProblem("http://localhost:8788/.well-known/jwks.json", dev)).toBeNull();
    expect(jwksUrlProblem("http://[::1]:8788/jwks.json", dev)).toBeNull();
    expect(jwksUrlProblem("http://169.254.169.254/latest/meta-data/", dev)).not.toBeNull();
    expect(jwksUrlProblem("http://10.0.0.1/jwks.json", dev)).not.toBeNull();
    expect(jwksUrlProblem("http://sso.quangngai.gov.vn/jwks.json", dev)).not.toBeNull();
  });
});
