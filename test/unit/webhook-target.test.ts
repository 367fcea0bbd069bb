import { addressRefusal } from "../../src/net/webhook-target";

test.each([
  ["127.0.0.1", "loopback"],
  ["127.255.0.9", "loopback"],
  ["::1", "loopback"],
  ["10.0.0.1", "private"],
  ["172.16.4.2", "private"],
  ["172.31.255.255", "private"],
  ["192.168.1.1", "private"],
  ["100.64.0.1", "private"],
  ["fc00::1", "private"],
  ["fd12:3456::1", "private"],
  ["169.254.169.254", "link-local"],
  ["fe80::1", "link-local"],
  ["fe80::1%eth0", "link-local"],
  ["0.0.0.0", "unspecified"],
  ["::", "unspecified"],
  ["224.0.0.1", "multicast"],
  ["ff02::1", "multicast"],
  ["255.255.255.255", "reserved"],
  ["::ffff:127.0.0.1", "loopback"],
  ["::ffff:7f00:1", "loopback"],
  ["::ffff:169.254.169.254", "link-local"],
  ["::ffff:a00:1", "private"],
  ["::10.0.0.1", "private"],
  ["64:ff9b::127.0.0.1", "loopback"],
  ["64:ff9b::a9fe:a9fe", "link-local"],
  ["64:ff9b:1::8.8.8.8", "private"],
  ["2002:7f00:1::", "loopback"],
  ["2002:a00:1::1", "private"],
  ["not an address", "reserved"],
])("%s is refused as %s", (address, refusal) => {
  expect(addressRefusal(address)).toBe(refusal);
});

test.each([
  "93.184.216.34",
  "172.32.0.1",
  "100.128.0.1",
  "8.8.8.8",
  "2606:4700::1111",
  "::ffff:8.8.8.8",
  "64:ff9b::8.8.8.8",
  "2002:808:808::1",
])("%s is a public address", (address) => {
  expect(addressRefusal(address)).toBeNull();
});
