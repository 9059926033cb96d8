import { ConfigError } from '../../config';
import { readObservabilityConfig } from '../readObservabilityConfig';

const TOKEN = 'a-scrape-token-of-32-characters!';

describe('readObservabilityConfig', () => {
  it('opens /metrics on the service port in development, and traces nothing', () => {
    const config = readObservabilityConfig({}, 'police', 4001);
    expect(config.metrics).toEqual({
      port: undefined,
      token: undefined,
      onServicePort: true,
    });
    expect(config.tracing).toEqual({
      exporters: [],
      serviceName: 'marsoc-police',
    });
  });

  it('never opens /metrics in production without a metrics port or a token', () => {
    const env = { NODE_ENV: 'production' };
    expect(readObservabilityConfig(env, 'gateway', 4000).metrics).toEqual({
      port: undefined,
      token: undefined,
      onServicePort: false,
    });
    expect(
      readObservabilityConfig({ ...env, METRICS_PORT: '9464' }, 'gateway', 4000)
        .metrics,
    ).toEqual({ port: 9464, token: undefined, onServicePort: false });
    expect(
      readObservabilityConfig({ ...env, METRICS_TOKEN: TOKEN }, 'gateway', 4000)
        .metrics,
    ).toEqual({ port: undefined, token: TOKEN, onServicePort: true });
  });

  it('moves /metrics to the metrics port in development when one is set', () => {
    expect(
      readObservabilityConfig({ METRICS_PORT: '9464' }, 'hmpps', 4002).metrics
        .onServicePort,
    ).toBe(false);
  });

  it.each([
    [{ METRICS_PORT: 'ninety' }, 'METRICS_PORT'],
    [{ METRICS_PORT: '4001' }, 'METRICS_PORT'],
    [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN'],
    [{ METRICS_TOKEN: 'has a space in it, 32 characters' }, 'METRICS_TOKEN'],
    [{ OTEL_TRACES_EXPORTER: 'jaeger' }, 'OTEL_TRACES_EXPORTER'],
    [{ OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' }, 'OTEL_EXPORTER_OTLP_PROTOCOL'],
    [{ OTEL_SDK_DISABLED: 'maybe' }, 'OTEL_SDK_DISABLED'],
    [{ OTEL_SERVICE_NAME: 'has spaces' }, 'OTEL_SERVICE_NAME'],
  ])('refuses %j naming %s', (env, setting) => {
    let thrown: unknown;
    try {
      readObservabilityConfig(env, 'police', 4001);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).setting).toBe(setting);
  });

  it('never repeats a bad token in its error', () => {
    const secret = 'short secret';
    expect(() =>
      readObservabilityConfig({ METRICS_TOKEN: secret }, 'police', 4001),
    ).toThrow(/METRICS_TOKEN="\(set\)"/);
  });

  it.each([
    [{ OTEL_TRACES_EXPORTER: 'otlp' }, ['otlp']],
    [{ OTEL_TRACES_EXPORTER: 'otlp,console' }, ['otlp', 'console']],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, ['otlp']],
    [
      { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' },
      ['otlp'],
    ],
    [
      {
        OTEL_TRACES_EXPORTER: 'none',
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      },
      [],
    ],
    [{ OTEL_TRACES_EXPORTER: 'otlp', OTEL_SDK_DISABLED: 'true' }, []],
    [{ OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' }, []],
  ])('turns tracing on only when asked: %j', (env, exporters) => {
    expect(
      readObservabilityConfig(env, 'apmis', 4004).tracing.exporters,
    ).toEqual(exporters);
  });

  it('takes OTEL_SERVICE_NAME', () => {
    expect(
      readObservabilityConfig({ OTEL_SERVICE_NAME: 'marsoc-gw-2' }, 'gateway')
        .tracing.serviceName,
    ).toBe('marsoc-gw-2');
  });
});
