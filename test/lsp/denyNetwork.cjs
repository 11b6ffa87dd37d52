// Preloaded with `node --require` into the CLI and the server by noSocket.test.ts:
// every way Node opens a socket or asks a resolver (net, tls, dgram, dns, http,
// https, fetch) is replaced by a function that writes what was tried to the file
// named by DENY_NETWORK_LOG and throws. A review must leave that file empty.
'use strict';
const fs = require('node:fs');

const log = process.env.DENY_NETWORK_LOG;
if (!log) throw new Error('denyNetwork.cjs needs DENY_NETWORK_LOG');

function deny(api) {
  return function denied() {
    fs.appendFileSync(log, `${api}\n${new Error().stack}\n\n`);
    throw new Error(`network access denied: ${api}`);
  };
}

function replace(object, name, api) {
  if (object && typeof object[name] === 'function') object[name] = deny(api);
}

const net = require('node:net');
replace(net.Socket.prototype, 'connect', 'net.Socket.connect');
replace(net.Server.prototype, 'listen', 'net.Server.listen');
replace(net, 'connect', 'net.connect');
replace(net, 'createConnection', 'net.createConnection');
const tls = require('node:tls');
replace(tls, 'connect', 'tls.connect');
const dgram = require('node:dgram');
replace(dgram, 'createSocket', 'dgram.createSocket');
const dns = require('node:dns');
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'reverse']) {
  replace(dns, name, `dns.${name}`);
  replace(dns.promises, name, `dns.promises.${name}`);
}
for (const module of ['http', 'https']) {
  const lib = require(`node:${module}`);
  replace(lib, 'request', `${module}.request`);
  replace(lib, 'get', `${module}.get`);
}
replace(globalThis, 'fetch', 'fetch');
