/**
 * The web-service entry point (lambda/web-service.ts) behind ask-sdk-express-adapter's real verifiers.
 *
 * Refused with nothing reaching the skill: unsigned requests, a missing signature, a certificate URL that is not
 * Amazon's, a tampered body, a signature made with another key, a chain from an untrusted root, a certificate
 * without echo-api.amazon.com, an expired certificate, and a stale timestamp.
 *
 * Also refused: certificate URLs that only look like Amazon's once dot segments or percent-encoding are resolved,
 * chains over 64 KB or slower than 2 s, timestamps from the future or that are not dates; and no error page shows
 * a stack trace. Outbound connections are refused for the whole file (only loopback is allowed), so nothing can be
 * fetched from anywhere: every download the verifier tries goes to https.get, answered by the test.
 *
 * Accepted: a request signed exactly as Alexa signs, by a chain the test makes. To make that possible the test
 * changes two things around the verifier, and nothing inside it:
 *   1. the download of the chain: https.get for the chain's URL is answered with the test's PEM, as S3 would
 *      answer it (the verifier still checks the URL first: a wrong host is refused before any download);
 *   2. the trust store: the test's root CA is added to tls.rootCertificates, the list the verifier checks the
 *      chain's last link against.
 * The verifier's own checks all run unchanged: URL rules, validity dates, the echo-api.amazon.com name, the
 * chain to a trusted root, the RSA-SHA256 signature over the exact body, and the timestamp.
 */
import net from 'node:net';
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { RequestEnvelope } from 'ask-sdk-model';
import { buildSkill } from '../../lambda/kernel/build-skill';
import { SqliteRecordStore } from '../../lambda/persistence/sqlite-store';
import { createWebApp, createWebService, HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS, startWebService } from '../../lambda/web-service';
import type { LogSink } from '../../lambda/kernel/request-log';
import { envelope, FAKE_SKILL_ID, intentRequest, launchRequest, newSessionId, stamp } from '../../tools/simulator/envelope';
import { intermediateCa, Issuer, Leaf, rootCa, signBody, signingLeaf } from '../support/alexa-pki';
import { skillDisabledEvent } from '../support/raw-requests';
import { SqliteInspector } from '../support/sqlite-inspect';
import { HASH_KEY_ITEM } from '../../lambda/persistence/keys';
import https = require('node:https');

// The verifier reads require('tls').rootCertificates when it validates a chain; the test's root joins that list.
jest.mock('tls', () => {
  const actual = jest.requireActual<typeof import('tls')>('tls');
  return {
    ...actual,
    get rootCertificates() {
      return [...actual.rootCertificates, ...mockTrustedRoots];
    },
  };
});
const mockTrustedRoots: string[] = [];

const CHAIN_BASE = 'https://s3.amazonaws.com/echo.api/';

// No connection leaves this machine while these tests run: anything but loopback is refused before it starts.
const connect = net.Socket.prototype.connect;
const outbound: string[] = [];
beforeAll(() => {
  jest.spyOn(net.Socket.prototype, 'connect').mockImplementation(function (this: net.Socket, ...args: unknown[]) {
    const options = args[0] as { host?: string; port?: number; path?: string } | number;
    const host = typeof options === 'object' && options ? (options.host ?? (options.path ? 'local' : 'localhost')) : String(args[1] ?? 'localhost');
    if (!['127.0.0.1', 'localhost', '::1', 'local'].includes(host)) {
      outbound.push(host);
      throw new Error(`outbound connection to ${host} refused by the test`);
    }
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof connect);
});
afterAll(() => expect(outbound).toEqual([]));
const USER = 'amzn1.ask.account.WEB-SERVICE-USER';

describe('the web service', () => {
  let trusted: Issuer;
  let intermediate: Issuer;
  let good: Leaf;
  /** What "S3" serves, by URL; anything else is a 404. A function serves a body of its own making. */
  const published = new Map<string, string | ((response: PassThrough) => void)>();
  let servedBytes = 0;
  const downloads: string[] = [];
  let chainN = 0;
  const publish = (leaf: Leaf): string => {
    const url = `${CHAIN_BASE}test-chain-${++chainN}.pem`;
    published.set(url, leaf.chainPem);
    return url;
  };

  beforeAll(() => {
    trusted = rootCa();
    mockTrustedRoots.push(trusted.pem);
    intermediate = intermediateCa(trusted);
    good = signingLeaf(intermediate);
    jest.spyOn(https, 'get').mockImplementation(((url: string | URL, callback?: (response: unknown) => void) => {
      const href = String(url);
      downloads.push(href);
      const response = Object.assign(new PassThrough(), { statusCode: published.has(href) ? 200 : 404, headers: {} });
      response.on('data', (chunk: Buffer) => void (servedBytes += chunk.length));
      const request = Object.assign(new EventEmitter(), {
        end: () => undefined,
        destroy: () => {
          response.destroy();
          request.emit('close');
        },
      });
      process.nextTick(() => {
        callback?.(response);
        const body = published.get(href);
        if (typeof body === 'function') body(response);
        else response.end(body ?? 'not found');
      });
      return request;
    }) as unknown as typeof https.get);
  });

  afterAll(() => {
    jest.restoreAllMocks();
    mockTrustedRoots.length = 0;
  });

  // One server per test: a skill whose invoke is watched, on a fresh embedded store.
  let server: Server;
  let url: string;
  let dataDir: string;
  let store: SqliteRecordStore;
  let look: SqliteInspector;
  let invoke: jest.SpyInstance;
  let refusals: number;
  /** Rows about users (everything but the store's own key). */
  const userRows = () => look.all().filter((row) => row.id !== HASH_KEY_ITEM);

  beforeEach(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'web-service-'));
    downloads.length = 0;
    store = new SqliteRecordStore(dataDir);
    look = new SqliteInspector(dataDir);
    const skill = buildSkill({ store, skillId: FAKE_SKILL_ID });
    invoke = jest.spyOn(skill, 'invoke');
    refusals = 0;
    const log: LogSink = { info: () => undefined, error: () => undefined, warn: () => void refusals++ };
    server = createWebApp(skill, log).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    look.close();
    store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const launch = (at = new Date(), skillId = FAKE_SKILL_ID): RequestEnvelope =>
    envelope(
      { skillId, userId: USER, deviceId: 'amzn1.ask.device.WEB', locale: 'en-US', supportedInterfaces: {}, apiEndpoint: 'http://127.0.0.1:9', apiAccessToken: 't' },
      launchRequest(stamp('en-US', at)),
      { sessionId: newSessionId(), new: true, attributes: {} },
    );

  async function post(body: string, headers: Record<string, string>) {
    const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
    return { status: response.status, text: await response.text() };
  }

  const signed = (body: string, leaf: Leaf = good, chainUrl = publish(leaf)) => ({
    SignatureCertChainUrl: chainUrl,
    'Signature-256': signBody(body, leaf.keyPem),
  });

  it('accepts a request signed as Alexa signs it, and the skill answers', async () => {
    const body = JSON.stringify(launch());
    const { status, text } = await post(body, signed(body));
    expect(status).toBe(200);
    const answer = JSON.parse(text) as { response: { outputSpeech?: { ssml?: string } } };
    expect(answer.response.outputSpeech?.ssml).toContain('Back Relief Coach');
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(refusals).toBe(0);
  });

  it('accepts a skill event up to an hour old (Amazon allows skill events that long)', async () => {
    const body = JSON.stringify(skillDisabledEvent('PERSISTED', { userId: USER, now: new Date(Date.now() - 30 * 60_000) }));
    const { status } = await post(body, signed(body));
    expect(status).toBe(200);
    expect(invoke).toHaveBeenCalledTimes(1);
  });

  describe('refuses, with nothing reaching the skill', () => {
    afterEach(() => {
      expect(invoke).not.toHaveBeenCalled();
      expect(userRows()).toEqual([]);
      expect(refusals).toBe(1);
    });

    it('an unsigned request', async () => {
      const { status, text } = await post(JSON.stringify(launch()), {});
      expect(status).toBe(400);
      expect(text).toMatch(/Missing Certificate/);
    });

    it('a request with a certificate URL but no signature', async () => {
      const { status, text } = await post(JSON.stringify(launch()), { SignatureCertChainUrl: publish(good) });
      expect(status).toBe(400);
      expect(text).toMatch(/Missing Signature/);
    });

    it.each([
      ['another host', 'https://evil.example.com/echo.api/chain.pem', /invalid host name/],
      ['a look-alike host', 'https://s3.amazonaws.com.evil.example.com/echo.api/chain.pem', /invalid host name/],
      ['plain http', 'http://s3.amazonaws.com/echo.api/chain.pem', /unsupported protocol/],
      ['another path', 'https://s3.amazonaws.com/not-echo.api/chain.pem', /invalid path/],
      ['another port', 'https://s3.amazonaws.com:8443/echo.api/chain.pem', /invalid port/],
      ['a path that leaves /echo.api/ through a dot segment', 'https://s3.amazonaws.com/echo.api/../evil', /invalid path: \/evil/],
      ['a path that leaves /echo.api/ through an encoded dot segment', 'https://s3.amazonaws.com/echo.api/%2e%2E/evil', /invalid path: \/evil/],
      ['a path with an encoded slash', 'https://s3.amazonaws.com/echo.api/..%2fevil', /encoded separator/],
      ['a path in the wrong case', 'https://s3.amazonaws.com/ECHO.API/chain.pem', /invalid path/],
      ['credentials in the URL', 'https://user:pass@s3.amazonaws.com/echo.api/chain.pem', /credentials/],
      ['something that is not a URL', 'not a url', /not a URL/],
    ])('a certificate URL on %s, without downloading it', async (_what, chainUrl, reason) => {
      published.set(chainUrl, good.chainPem);
      const body = JSON.stringify(launch());
      const { status, text } = await post(body, signed(body, good, chainUrl));
      expect(status).toBe(400);
      expect(text).toMatch(reason);
      expect(downloads).toEqual([]);
    });

    it('a chain larger than 64 KB (a 600 MB body), cut off after 64 KB', async () => {
      const chainUrl = `${CHAIN_BASE}huge.pem`;
      servedBytes = 0;
      published.set(chainUrl, (response) => {
        const chunk = Buffer.alloc(16 * 1024, 'A');
        let sent = 0;
        const pump = () => {
          while (sent < 600 * 1024 * 1024 && !response.destroyed) {
            sent += chunk.length;
            if (!response.write(chunk)) return void response.once('drain', pump);
          }
        };
        pump();
      });
      const body = JSON.stringify(launch());
      const { status, text } = await post(body, signed(body, good, chainUrl));
      expect(status).toBe(400);
      expect(text).toMatch(/too large/);
      expect(servedBytes).toBeLessThan(1024 * 1024);
    });

    it('a chain that never finishes downloading, given up after 2 s', async () => {
      const chainUrl = `${CHAIN_BASE}slow.pem`;
      published.set(chainUrl, (response) => void response.write('-----BEGIN CERTIFICATE-----\n'));
      const body = JSON.stringify(launch());
      const { status, text } = await post(body, signed(body, good, chainUrl));
      expect(status).toBe(400);
      expect(text).toMatch(/took over 2000 ms/);
    });

    it('a correctly signed request whose timestamp is more than 150 s in the future', async () => {
      const body = JSON.stringify(launch(new Date(Date.now() + 200_000))); // margin: a loaded machine may take seconds to verify
      const { status, text } = await post(body, signed(body));
      expect(status).toBe(400);
      expect(text).toMatch(/Timestamp verification failed: in the future/);
    });

    it('a correctly signed request whose timestamp is not a date', async () => {
      const request = launch();
      const body = JSON.stringify({ ...request, request: { ...request.request, timestamp: 'not-a-date' } });
      const { status, text } = await post(body, signed(body));
      expect(status).toBe(400);
      expect(text).toMatch(/Timestamp verification failed: not a date/);
    });
  });

  it('normalises the certificate URL (case of scheme and host, port 443) and fetches the normalised URL', async () => {
    const body = JSON.stringify(launch());
    const chainUrl = publish(good);
    const shouted = chainUrl.replace('https://s3.amazonaws.com/', 'HTTPS://S3.AmazonAWS.com:443/');
    const { status } = await post(body, signed(body, good, shouted));
    expect(status).toBe(200);
    expect(downloads).toEqual([chainUrl]);
  });

  it('downloads a chain once and keeps it until it expires', async () => {
    const chainUrl = publish(good);
    for (let i = 0; i < 3; i++) {
      const body = JSON.stringify(launch());
      expect((await post(body, signed(body, good, chainUrl))).status).toBe(200);
    }
    expect(downloads.filter((href) => href === chainUrl)).toHaveLength(1);
  });

  it('answers a body over the limit with 413 and no stack trace, though NODE_ENV is not production', async () => {
    expect(process.env.NODE_ENV).not.toBe('production');
    const { status, text } = await post(JSON.stringify({ padding: 'x'.repeat(200_000) }), { SignatureCertChainUrl: `${CHAIN_BASE}x.pem`, 'Signature-256': 'x' });
    expect(status).toBe(413);
    expect(text).toBe('Request body too large');
    expect(invoke).not.toHaveBeenCalled();
  });

  describe('refuses, with nothing reaching the skill, a request signed with a chain of its own', () => {
    afterEach(() => {
      expect(invoke).not.toHaveBeenCalled();
      expect(userRows()).toEqual([]);
      expect(refusals).toBe(1);
    });

    it('a tampered body (signed, then changed)', async () => {
      const original = launch();
      const body = JSON.stringify(original);
      const headers = signed(body);
      const tampered = JSON.stringify({ ...original, request: intentRequest(stamp('en-US', new Date()), 'PainReportIntent', { painScore: { value: '2' } }) });
      const { status, text } = await post(tampered, headers);
      expect(status).toBe(400);
      expect(text).toMatch(/signature does not match/);
    });

    it('a signature made with a key other than the certificate’s', async () => {
      const body = JSON.stringify(launch());
      const other = signingLeaf(intermediate);
      const { status, text } = await post(body, { SignatureCertChainUrl: publish(good), 'Signature-256': signBody(body, other.keyPem) });
      expect(status).toBe(400);
      expect(text).toMatch(/signature does not match/);
    });

    it('a chain that does not lead to a trusted root, though it names echo-api.amazon.com', async () => {
      const rogue = signingLeaf(intermediateCa(rootCa('Rogue Root CA'), 'Rogue Intermediate CA'));
      const body = JSON.stringify(launch());
      const { status, text } = await post(body, signed(body, rogue));
      expect(status).toBe(400);
      expect(text).toMatch(/Certificate is not trusted/);
    });

    it('a trusted certificate for another name than echo-api.amazon.com', async () => {
      const wrongName = signingLeaf(intermediate, { altNames: ['echo-api.example.com'] });
      const body = JSON.stringify(launch());
      const { status, text } = await post(body, signed(body, wrongName));
      expect(status).toBe(400);
      expect(text).toMatch(/echo-api\.amazon\.com domain missing/);
    });

    it('an expired certificate', async () => {
      const expired = signingLeaf(intermediate, { notBefore: new Date(Date.now() - 10 * 86_400_000), notAfter: new Date(Date.now() - 86_400_000) });
      const body = JSON.stringify(launch());
      const { status, text } = await post(body, signed(body, expired));
      expect(status).toBe(400);
      expect(text).toMatch(/expired or not started/);
    });

    it('a correctly signed request whose timestamp is more than 150 s old (a replay)', async () => {
      const body = JSON.stringify(launch(new Date(Date.now() - 151_000)));
      const { status, text } = await post(body, signed(body));
      expect(status).toBe(400);
      expect(text).toMatch(/Timestamp verification failed/);
    });

    it('a correctly signed skill event more than an hour old', async () => {
      const body = JSON.stringify(skillDisabledEvent('NOT_PERSISTED', { userId: USER, now: new Date(Date.now() - 61 * 60_000) }));
      const { status, text } = await post(body, signed(body));
      expect(status).toBe(400);
      expect(text).toMatch(/Timestamp verification failed/);
    });
  });

  it('a correctly signed request for another skill reaches no handler: the skill id check refuses it', async () => {
    const body = JSON.stringify(launch(new Date(), 'amzn1.ask.skill.99999999-9999-4999-8999-999999999999'));
    const { status, text } = await post(body, signed(body));
    expect(status).toBe(500);
    expect(text).toMatch(/skill id/i);
    expect(userRows()).toEqual([]); // nothing was loaded or stored for the user
  });
});

describe('startWebService', () => {
  it('holds a slow client for seconds, not Node\'s 300 s: header and request timeouts are set', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'web-service-start-'));
    const server = startWebService({ PORT: '0', SKILL_ID: FAKE_SKILL_ID, SKILL_DATA_DIR: dataDir });
    try {
      expect(server.headersTimeout).toBe(HEADERS_TIMEOUT_MS);
      expect(server.requestTimeout).toBe(REQUEST_TIMEOUT_MS);
      expect(REQUEST_TIMEOUT_MS).toBeLessThanOrEqual(8000);
    } finally {
      await new Promise((resolve) => server.close(resolve));
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('createWebService', () => {
  it('will not run without SKILL_ID: the signature alone does not say which skill a request is for', () => {
    expect(() => createWebService({ dataDir: 'unused', inLambda: false, healthRecords: 'consent' })).toThrow(/SKILL_ID/);
  });

  it('builds the skill with the configured store, the skill id check and the verifiers on', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'web-service-config-'));
    const log: LogSink = { info: () => undefined, error: () => undefined, warn: () => undefined };
    const server = createWebService({ dataDir, skillId: FAKE_SKILL_ID, inLambda: false, healthRecords: 'consent' }, { log }).listen(0, '127.0.0.1');
    try {
      await new Promise((resolve) => server.once('listening', resolve));
      const { port } = server.address() as AddressInfo;
      const unsigned = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
      expect(unsigned.status).toBe(400);
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(await health.json()).toEqual({ ok: true });
    } finally {
      await new Promise((resolve) => server.close(resolve));
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
