/**
 * Amazon's signing certificate chain: downloaded at most 64 KB and 2 s, checked (dates, echo-api.amazon.com in the
 * leaf's subject alternative names, every link signed by the next, the last by a trusted root), and cached until
 * the leaf expires, so a request does not download it again. Node's X509Certificate does the checks.
 */
import { X509Certificate } from 'node:crypto';
import https from 'node:https';
import tls from 'node:tls';

export const MAX_CHAIN_BYTES = 64 * 1024;
export const CHAIN_DOWNLOAD_MS = 2000;
const SIGNING_NAME = 'echo-api.amazon.com';
/** URLs are Amazon's only, but their paths vary: a bounded cache can't be filled to exhaust memory. */
const MAX_CACHED_CHAINS = 32;

export class CertChainError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'CertChainError';
  }
}

interface CachedChain {
  leafPem: string;
  notAfter: number;
}

export class CertChainCache {
  private readonly chains = new Map<string, CachedChain>();
  private readonly inFlight = new Map<string, Promise<CachedChain>>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The leaf certificate (PEM) of a valid chain at `url` (already normalised), from the cache when it can. */
  async leafFor(url: string): Promise<string> {
    const cached = this.chains.get(url);
    if (cached && cached.notAfter > this.now()) return cached.leafPem;
    this.chains.delete(url);
    let loading = this.inFlight.get(url);
    if (!loading) {
      loading = download(url)
        .then((pem) => validateChain(pem, this.now()))
        .finally(() => this.inFlight.delete(url));
      this.inFlight.set(url, loading);
    }
    const chain = await loading;
    if (this.chains.size >= MAX_CACHED_CHAINS) this.chains.delete(this.chains.keys().next().value as string);
    this.chains.set(url, chain);
    return chain.leafPem;
  }
}

function download(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const fail = (message: string) => {
      request.destroy();
      reject(new CertChainError(message));
    };
    const timer = setTimeout(() => fail(`the certificate chain took over ${CHAIN_DOWNLOAD_MS} ms`), CHAIN_DOWNLOAD_MS);
    const request = https.get(url, (response) => {
      if (response.statusCode !== 200) return fail(`the certificate chain could not be loaded (status ${response.statusCode})`);
      if (Number(response.headers?.['content-length'] ?? 0) > MAX_CHAIN_BYTES) return fail('the certificate chain is too large');
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer | string) => {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        size += bytes.length;
        if (size > MAX_CHAIN_BYTES) return fail('the certificate chain is too large');
        chunks.push(bytes);
      });
      response.on('end', () => {
        clearTimeout(timer);
        resolve(Buffer.concat(chunks).toString('utf8'));
      });
      response.on('error', (error: Error) => fail(`the certificate chain download failed: ${error.message}`));
    });
    request.on('error', (error: Error) => {
      clearTimeout(timer);
      reject(new CertChainError(`the certificate chain download failed: ${error.message}`));
    });
    request.on('close', () => clearTimeout(timer));
  });
}

function validateChain(pem: string, nowMs: number): CachedChain {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new CertChainError('the certificate chain holds no certificate');
  let chain: X509Certificate[];
  try {
    chain = blocks.map((block) => new X509Certificate(block));
  } catch (error) {
    throw new CertChainError('the certificate chain cannot be parsed', { cause: error });
  }
  const [leaf] = chain;
  for (const cert of chain) {
    if (Date.parse(cert.validFrom) > nowMs || Date.parse(cert.validTo) < nowMs) {
      throw new CertChainError('Signing Certificate expired or not started');
    }
  }
  const names = (leaf.subjectAltName ?? '').split(',').map((name) => name.trim());
  if (!names.includes(`DNS:${SIGNING_NAME}`)) throw new CertChainError(`${SIGNING_NAME} domain missing in Signature Certificate Chain`);
  for (let i = 0; i + 1 < chain.length; i++) {
    if (!chain[i + 1].ca || !chain[i].checkIssued(chain[i + 1]) || !chain[i].verify(chain[i + 1].publicKey)) {
      throw new CertChainError('Certificate is not trusted: the chain is broken');
    }
  }
  const last = chain[chain.length - 1];
  if (!trustedRoots().some((root) => last.fingerprint256 === root.fingerprint256 || (last.checkIssued(root) && last.verify(root.publicKey)))) {
    throw new CertChainError('Certificate is not trusted: no trusted root issued it');
  }
  return { leafPem: leaf.toString(), notAfter: Date.parse(leaf.validTo) };
}

let roots: { source: readonly string[]; parsed: X509Certificate[] } | undefined;

/** Node's bundled roots, parsed once (and again only if the list itself changes). */
function trustedRoots(): X509Certificate[] {
  const source = tls.rootCertificates;
  if (roots?.source !== source || roots.parsed.length !== source.length) {
    roots = { source, parsed: source.map((pem) => new X509Certificate(pem)) };
  }
  return roots.parsed;
}
