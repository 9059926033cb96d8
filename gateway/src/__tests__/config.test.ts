import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGatewayConfig } from '../config';

describe('gateway configuration', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'gateway-config-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('stops at start on a port that is not a number, naming the setting and value', () => {
    expect(() =>
      loadGatewayConfig({ DATA_DIR: directory, GATEWAY_PORT: 'four-thousand' }),
    ).toThrow('GATEWAY_PORT="four-thousand": a port must be a whole number');
  });

  it('stops at start on a port out of range', () => {
    expect(() =>
      loadGatewayConfig({ DATA_DIR: directory, POLICE_PORT: '70000' }),
    ).toThrow(/POLICE_PORT="70000"/);
  });

  it('stops at start when the data directory cannot be written', () => {
    const file = join(directory, 'not-a-directory');
    writeFileSync(file, 'x');
    expect(() => loadGatewayConfig({ DATA_DIR: join(file, 'data') })).toThrow(
      /DATA_DIR=".*not-a-directory\/data": cannot be used/,
    );
  });

  it('stops at start when the supergraph is missing, naming the path', () => {
    const missing = join(directory, 'missing.graphql');
    expect(() =>
      loadGatewayConfig({ DATA_DIR: directory, SUPERGRAPH_PATH: missing }),
    ).toThrow(`SUPERGRAPH_PATH="${missing}": no supergraph file there`);
  });

  it('refuses a subgraph URL that is not http(s)', () => {
    expect(() =>
      loadGatewayConfig({ DATA_DIR: directory, POLICE_URL: 'ftp://police' }),
    ).toThrow(/POLICE_URL="ftp:\/\/police": not an http\(s\) URL/);
  });

  it('uses the development issuer when no identity provider is configured', () => {
    const config = loadGatewayConfig({ DATA_DIR: directory });
    expect(config.identity.kind).toBe('development');
    expect(config.subgraphUrls).toEqual({
      police: 'http://127.0.0.1:4001/graphql',
      hmpps: 'http://127.0.0.1:4002/graphql',
      ncahmrc: 'http://127.0.0.1:4003/graphql',
      apmis: 'http://127.0.0.1:4004/graphql',
      audit: 'http://127.0.0.1:4005/graphql',
    });
  });

  it('refuses both a JWKS URL and a public key', () => {
    expect(() =>
      loadGatewayConfig({
        DATA_DIR: directory,
        AUTH_JWKS_URL: 'https://idp.example/jwks',
        AUTH_PUBLIC_KEY: 'x',
      }),
    ).toThrow(/not both/);
  });
});
