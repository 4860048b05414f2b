/**
 * A certificate authority of the test's own, shaped like the one Alexa signs requests with: a root, an
 * intermediate, and a leaf whose subject alternative name is echo-api.amazon.com. Requests are signed the way
 * Alexa signs them: Signature-256 = base64(RSA-SHA256(body)) with the leaf's key, and SignatureCertChainUrl
 * pointing at the chain (leaf first, then the intermediate).
 *
 * Keys come from node:crypto (fast, native); certificates are built with node-forge, the library the express
 * adapter verifies them with.
 */
import { createSign, generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

export interface Issuer {
  cert: forge.pki.Certificate;
  key: forge.pki.rsa.PrivateKey;
  pem: string;
}

export interface Leaf extends Issuer {
  keyPem: string;
  /** Leaf then intermediates, as served at SignatureCertChainUrl. */
  chainPem: string;
}

const DAY = 86_400_000;

function keyPair(): { publicKey: forge.pki.rsa.PublicKey; privateKey: forge.pki.rsa.PrivateKey; privatePem: string } {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return {
    publicKey: forge.pki.publicKeyFromPem(publicKey) as forge.pki.rsa.PublicKey,
    privateKey: forge.pki.privateKeyFromPem(privateKey) as forge.pki.rsa.PrivateKey,
    privatePem: privateKey,
  };
}

interface CertSpec {
  commonName: string;
  issuer?: Issuer;
  ca: boolean;
  altNames?: string[];
  notBefore?: Date;
  notAfter?: Date;
}

function certificate(spec: CertSpec): Issuer & { keyPem: string } {
  const keys = keyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
  cert.validity.notBefore = spec.notBefore ?? new Date(Date.now() - DAY);
  cert.validity.notAfter = spec.notAfter ?? new Date(Date.now() + 30 * DAY);
  const subject = [{ name: 'commonName', value: spec.commonName }, { name: 'organizationName', value: 'Back Relief Coach test PKI' }];
  cert.setSubject(subject);
  cert.setIssuer(spec.issuer ? spec.issuer.cert.subject.attributes : subject);
  const extensions: object[] = [
    { name: 'basicConstraints', cA: spec.ca, critical: true },
    spec.ca
      ? { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }
      : { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ];
  if (spec.altNames) extensions.push({ name: 'subjectAltName', altNames: spec.altNames.map((value) => ({ type: 2, value })) });
  cert.setExtensions(extensions);
  cert.sign(spec.issuer?.key ?? keys.privateKey, forge.md.sha256.create());
  return { cert, key: keys.privateKey, pem: forge.pki.certificateToPem(cert), keyPem: keys.privatePem };
}

export function rootCa(commonName = 'Test Root CA'): Issuer {
  return certificate({ commonName, ca: true, notAfter: new Date(Date.now() + 365 * DAY) });
}

export function intermediateCa(issuer: Issuer, commonName = 'Test Intermediate CA'): Issuer {
  return certificate({ commonName, issuer, ca: true });
}

export interface LeafOptions {
  altNames?: string[];
  notBefore?: Date;
  notAfter?: Date;
}

/** A signing certificate issued by `intermediate`; echo-api.amazon.com unless told otherwise. */
export function signingLeaf(intermediate: Issuer, options: LeafOptions = {}): Leaf {
  const leaf = certificate({
    commonName: 'echo-api.amazon.com',
    issuer: intermediate,
    ca: false,
    altNames: options.altNames ?? ['echo-api.amazon.com'],
    notBefore: options.notBefore,
    notAfter: options.notAfter,
  });
  return { ...leaf, chainPem: `${leaf.pem}${intermediate.pem}` };
}

/** Signature-256 as Alexa computes it: RSA with SHA-256 over the exact body bytes, base64. */
export function signBody(body: string, keyPem: string): string {
  return createSign('RSA-SHA256').update(body, 'utf8').sign(keyPem, 'base64');
}
