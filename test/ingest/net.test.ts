import { test } from "node:test";
import assert from "node:assert/strict";
import { isBlockedAddress } from "../../src/ingest/net.ts";

test("private, loopback, link-local and reserved addresses are blocked; public ones are not", () => {
  const cases: [string, boolean][] = [
    ["127.0.0.1", true], ["127.8.9.1", true], ["10.1.2.3", true], ["172.16.0.1", true], ["172.31.255.255", true],
    ["172.32.0.1", false], ["192.168.1.1", true], ["169.254.169.254", true], ["100.64.0.1", true], ["0.0.0.0", true],
    ["224.0.0.1", true], ["255.255.255.255", true], ["8.8.8.8", false], ["93.184.216.34", false],
    ["::1", true], ["::", true], ["fe80::1", true], ["fc00::1", true], ["fd12:3456::1", true], ["ff02::1", true],
    ["::ffff:127.0.0.1", true], ["::ffff:10.0.0.1", true], ["::ffff:8.8.8.8", false], ["64:ff9b::a00:1", true],
    ["2001:4860:4860::8888", false], ["2001:db8::1", true], ["not-an-ip", true],
  ];
  for (const [ip, blocked] of cases) assert.equal(isBlockedAddress(ip), blocked, ip);
});
