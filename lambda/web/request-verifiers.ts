/**
 * The two request checks of ask-sdk-express-adapter, replaced (the adapter lets its own be switched off and takes
 * others): the signature, over a normalised certificate URL, a capped download and a certificate cache; and the
 * timestamp, which also refuses requests from the future and timestamps that are not dates. The rest of the
 * adapter (body parsing, dispatch) is kept.
 */
import { createVerify } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Verifier } from 'ask-sdk-express-adapter';
import { CertChainCache } from './cert-chain';
import { normaliseCertUrl } from './cert-url';

/** Alexa's tolerance, both ways: older or newer than this is refused. */
export const TIMESTAMP_TOLERANCE_MS = 150_000;
/** Skill events may come up to an hour late. */
export const SKILL_EVENT_TOLERANCE_MS = 3_600_000;

export class SignatureVerifier implements Verifier {
  constructor(private readonly chains: CertChainCache = new CertChainCache()) {}

  async verify(body: string, headers: IncomingHttpHeaders = {}): Promise<void> {
    const chainUrl = header(headers, 'signaturecertchainurl');
    const signature = header(headers, 'signature-256');
    if (!chainUrl) throw new Error('Missing Certificate for the skill request');
    if (!signature) throw new Error('Missing Signature for the skill request');
    const leaf = await this.chains.leafFor(normaliseCertUrl(chainUrl));
    const verifier = createVerify('RSA-SHA256');
    verifier.update(body, 'utf8');
    if (!verifier.verify(leaf, signature, 'base64')) throw new Error('request body and signature does not match');
  }
}

export class StrictTimestampVerifier implements Verifier {
  constructor(private readonly now: () => number = Date.now) {}

  async verify(body: string): Promise<void> {
    const envelope = parseObject(body);
    const request = envelope?.request;
    const timestamp = isObject(request) ? request.timestamp : undefined;
    if (typeof timestamp !== 'string') throw new Error('Timestamp is not present in request');
    const at = Date.parse(timestamp);
    if (!Number.isFinite(at)) throw new Error('Timestamp verification failed: not a date');
    const type = isObject(request) ? request.type : undefined;
    const pastTolerance = typeof type === 'string' && type.startsWith('AlexaSkillEvent.') ? SKILL_EVENT_TOLERANCE_MS : TIMESTAMP_TOLERANCE_MS;
    const age = this.now() - at;
    if (age > pastTolerance) throw new Error('Timestamp verification failed: too old');
    if (-age > TIMESTAMP_TOLERANCE_MS) throw new Error('Timestamp verification failed: in the future');
  }
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function parseObject(body: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
