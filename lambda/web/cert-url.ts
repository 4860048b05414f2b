/**
 * Alexa's SignatureCertChainUrl, checked the way Amazon says before anything is downloaded: https, host
 * s3.amazonaws.com, port 443, a path under /echo.api/. The URL is normalised first (WHATWG URL: dot segments,
 * also percent-encoded ones, are resolved, scheme and host lowercased), so `/echo.api/../evil` is seen as `/evil`
 * and refused, and the normalised URL, never the raw header, is what gets fetched.
 */

const HOST = 's3.amazonaws.com';
const PATH_PREFIX = '/echo.api/';

export class CertUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CertUrlError';
  }
}

/** The URL to fetch the chain from, or a CertUrlError saying why not. */
export function normaliseCertUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new CertUrlError('SignatureCertChainUrl is not a URL');
  }
  if (url.protocol !== 'https:') throw new CertUrlError(`SignatureCertChainUrl has an unsupported protocol ${url.protocol}`);
  if (url.hostname !== HOST) throw new CertUrlError(`SignatureCertChainUrl has an invalid host name: ${url.hostname}`);
  if (url.port !== '' && url.port !== '443') throw new CertUrlError(`SignatureCertChainUrl has an invalid port: ${url.port}`);
  if (url.username || url.password) throw new CertUrlError('SignatureCertChainUrl carries credentials');
  if (!url.pathname.startsWith(PATH_PREFIX)) throw new CertUrlError(`SignatureCertChainUrl has an invalid path: ${url.pathname}`);
  // Encoded separators or dots would be decoded by whoever serves the path: no real chain URL has them.
  if (/%(2f|5c|2e)/i.test(url.pathname)) throw new CertUrlError('SignatureCertChainUrl has an encoded separator in its path');
  url.hash = '';
  return url.href;
}
