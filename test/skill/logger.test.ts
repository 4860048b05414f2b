/** The structured logger (lambda/logger.ts): levels, the fields of a line, and a line that never throws. */
import { createLogger, isSilent, logLevelFor } from '../../lambda/logger';

const AT = new Date('2026-11-21T15:00:00.000Z');

function logged(env: NodeJS.ProcessEnv, onByDefault = true) {
  const lines: Array<Record<string, unknown>> = [];
  const log = createLogger({ onByDefault, env, now: () => AT, write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { log, lines };
}

describe('logger', () => {
  it("writes one JSON line per entry with Powertools' field names", () => {
    const { log, lines } = logged({});
    log.info('request', { requestType: 'LaunchRequest', latencyMs: 3.2 }, { outcome: 'ok' });
    expect(lines).toEqual([{ level: 'INFO', message: 'request', timestamp: '2026-11-21T15:00:00.000Z', service: 'back-relief-coach', requestType: 'LaunchRequest', latencyMs: 3.2, outcome: 'ok' }]);
  });

  it("keeps its own fields: an entry's fields never replace level, message, timestamp or service", () => {
    const { log, lines } = logged({ POWERTOOLS_SERVICE_NAME: 'coach-test' });
    log.error('request', { level: 'DEBUG', message: 'other', service: 'x', outcome: 'failed' });
    expect(lines[0]).toMatchObject({ level: 'ERROR', message: 'request', service: 'coach-test', outcome: 'failed' });
  });

  it("adds the invocation's X-Ray trace root when Lambda sets one", () => {
    const { log, lines } = logged({ _X_AMZN_TRACE_ID: 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1' });
    log.info('request');
    expect(lines[0].xray_trace_id).toBe('1-5759e988-bd862e3fe1be46a994272793');
  });

  it('writes only entries at or above its level', () => {
    const { log, lines } = logged({ LOG_LEVEL: 'warn' });
    log.info('not written');
    log.warn('written');
    log.error('written too');
    expect(lines.map((line) => line.level)).toEqual(['WARN', 'ERROR']);
  });

  it('never throws for fields JSON cannot hold', () => {
    const { log, lines } = logged({});
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => log.info('request', { circular, big: BigInt(1) })).not.toThrow();
    expect(lines[0]).toMatchObject({ level: 'INFO', message: 'request', logError: 'fields not serialisable' });
  });

  it("lets Lambda's own log level win, FATAL meaning CRITICAL", () => {
    expect(logLevelFor(false, { AWS_LAMBDA_LOG_LEVEL: 'DEBUG', LOG_LEVEL: 'ERROR' })).toBe('DEBUG');
    expect(logLevelFor(true, { AWS_LAMBDA_LOG_LEVEL: 'FATAL' })).toBe('CRITICAL');
    expect(logLevelFor(false, { AWS_LAMBDA_LOG_LEVEL: 'nonsense' })).toBe('SILENT');
    const { log, lines } = logged({ AWS_LAMBDA_LOG_LEVEL: 'ERROR' });
    log.warn('below Lambda\'s level');
    expect(lines).toEqual([]);
  });

  it('is the silent logger, writing nothing, where nobody collects logs', () => {
    const { log, lines } = logged({}, false);
    log.error('not written');
    expect(lines).toEqual([]);
    expect(isSilent(log)).toBe(true);
    expect(isSilent(logged({}).log)).toBe(false);
  });
});
