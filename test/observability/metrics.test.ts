import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import {
  createPopulation,
  createRandom,
  DEFAULT_SEED,
  type SyntheticNominal,
  TOTAL_NOMINATIONS,
} from '@marsoc/platform';
import { loadPersonas } from '@marsoc/platform/identity';
import { Agency, DisclosureLevel } from '@marsoc/schema';
import { loadRegister } from '@marsoc/schema/register';
import {
  JUSTIFICATION_HEADER,
  PURPOSE_HEADER,
  REFUSING_LIMITS,
} from '@marsoc/schema/wire';
import { SUBGRAPH_SERVICES } from '@marsoc/subgraphs';
import { readBasePort } from '../e2e/readBasePort';
import { readFamilies, readSamples, type Sample, valueOf } from './readMetrics';
import {
  ask,
  askPicture,
  type ObservedSystem,
  scrape,
  startObservedSystem,
  SYSTEM_PORT_SPAN,
} from './startObservedSystem';

const BASE_PORT = readBasePort(
  'OBSERVABILITY_METRICS_BASE_PORT',
  16300,
  SYSTEM_PORT_SPAN,
);
const GENERATED_CASES = 8;
const PURPOSE = 'INTELLIGENCE_DEVELOPMENT';
const JUSTIFICATION = 'Observability metrics test, picture of a nominal';
const SERVICES = ['gateway', ...SUBGRAPH_SERVICES.map(({ name }) => name)];
const PROCESS_FAMILIES = [
  'process_cpu_seconds_total',
  'process_resident_memory_bytes',
  'nodejs_eventloop_lag_seconds',
  'nodejs_heap_size_used_bytes',
];

let system: ObservedSystem;

beforeAll(async () => {
  // Two searches a clock minute: the forty below are refused whichever
  // minute (or two) they land in, however slowly the machine answers.
  system = await startObservedSystem(BASE_PORT, {
    env: { SEARCHES_PER_MINUTE: '2' },
  });
}, 300_000);

afterAll(async () => {
  await system?.stop();
});

async function scrapeSamples(service: string): Promise<{
  text: string;
  samples: Sample[];
}> {
  const { status, text } = await scrape(system.serviceUrls[service] ?? '');
  expect(status).toBe(200);
  return { text, samples: readSamples(text) };
}

describe('/metrics of the gateway and the subgraphs', () => {
  it('counts a picture: requests, latency, each subgraph fetch, decisions by owner, audit appends, process metrics', async () => {
    const { status, token } = await askPicture(system);
    expect(status).toBe(200);
    // An operation over the alias limit, and a body over the size limit.
    const aliases = Array.from({ length: 120 }, (_, i) => `a${i}: me { name }`);
    const overLimit = await ask(system.gatewayUrl, `{ ${aliases.join(' ')} }`, {
      token,
    });
    expect(overLimit.status).toBe(400);
    expect(
      (await ask(system.gatewayUrl, `{ me { name } }${' '.repeat(300_000)}`))
        .status,
    ).toBe(413);
    expect((await ask(system.gatewayUrl, '{ me { name } }')).status).toBe(401);

    const gateway = await scrapeSamples('gateway');
    for (const family of [
      'marsoc_requests_total',
      'marsoc_request_duration_seconds',
      'marsoc_subgraph_fetch_duration_seconds',
      'marsoc_subgraph_fetch_errors_total',
      'marsoc_audit_append_duration_seconds',
      'marsoc_audit_append_failures_total',
      'marsoc_limit_refusals_total',
      ...PROCESS_FAMILIES,
    ])
      expect(readFamilies(gateway.text)).toContain(family);
    const picture = { root_field: 'nominal', outcome: 'partial' };
    expect(
      valueOf(gateway.samples, 'marsoc_requests_total', picture),
    ).toBeGreaterThanOrEqual(1);
    expect(
      valueOf(
        gateway.samples,
        'marsoc_request_duration_seconds_count',
        picture,
      ),
    ).toBeGreaterThanOrEqual(1);
    for (const subgraph of ['apmis', 'police', 'hmpps', 'ncahmrc'])
      expect(
        valueOf(
          gateway.samples,
          'marsoc_subgraph_fetch_duration_seconds_count',
          {
            subgraph,
            outcome: 'ok',
          },
        ),
      ).toBeGreaterThanOrEqual(1);
    expect(
      valueOf(gateway.samples, 'marsoc_audit_append_duration_seconds_count', {
        outcome: 'ok',
      }),
    ).toBeGreaterThanOrEqual(1);
    for (const limit of ['operation_limits', 'request_body'])
      expect(
        valueOf(gateway.samples, 'marsoc_limit_refusals_total', { limit }),
      ).toBeGreaterThanOrEqual(1);
    expect(
      valueOf(gateway.samples, 'marsoc_requests_total', {
        outcome: 'unauthenticated',
      }),
    ).toBeGreaterThanOrEqual(1);

    for (const service of ['police', 'hmpps', 'ncahmrc', 'apmis']) {
      const subgraph = await scrapeSamples(service);
      for (const family of [
        'marsoc_requests_total',
        'marsoc_request_duration_seconds',
        'marsoc_disclosure_decisions_total',
        'marsoc_audit_append_duration_seconds',
        'marsoc_audit_append_failures_total',
        'marsoc_limit_refusals_total',
        ...PROCESS_FAMILIES,
      ])
        expect(readFamilies(subgraph.text)).toContain(family);
      expect(
        valueOf(subgraph.samples, 'marsoc_requests_total'),
      ).toBeGreaterThanOrEqual(1);
      expect(
        valueOf(subgraph.samples, 'marsoc_audit_append_duration_seconds_count'),
      ).toBeGreaterThanOrEqual(1);
    }
    // What the police analyst was shown, as each owner recorded it for its
    // audit: police identity in full, HMRC tax only as held.
    for (const [service, owner, category, level] of [
      ['police', 'POLICE', 'IDENTITY', 'FULL'],
      ['ncahmrc', 'HMRC', 'TAX', 'EXISTENCE'],
      ['ncahmrc', 'NCA', 'NCA_DECONFLICTION', 'FULL'],
    ] as const)
      expect(
        valueOf(
          (await scrapeSamples(service)).samples,
          'marsoc_disclosure_decisions_total',
          { owner, category, level },
        ),
      ).toBeGreaterThanOrEqual(1);
  });

  it('labels the Subject Profile export by its name, a known operation', async () => {
    const { token } = await askPicture(system);
    const response = await fetch(
      `${system.serviceUrls.gateway ?? ''}/profiles/NOM-00001.pdf`,
      {
        headers: {
          authorization: `Bearer ${token}`,
          [PURPOSE_HEADER]: PURPOSE,
          [JUSTIFICATION_HEADER]: JUSTIFICATION,
        },
      },
    );
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    const { samples } = await scrapeSamples('gateway');
    expect(
      valueOf(samples, 'marsoc_requests_total', {
        operation: 'SubjectProfileExportPdf',
        root_field: 'nominal',
      }),
    ).toBe(1);
  });

  it('counts the search rate limit refusing a caller, in APMIS and at the gateway', async () => {
    const token = await system.token('regional-lead');
    const search =
      '{ searchNominals(dateOfBirth: "1980-01-01") { candidates { score } } }';
    const answers = await Promise.all(
      Array.from({ length: 40 }, () =>
        ask(system.gatewayUrl, search, {
          token,
          purpose: PURPOSE,
          justification: JUSTIFICATION,
        }),
      ),
    );
    const codes = answers.map(
      (answer) =>
        (
          JSON.parse(answer.text) as {
            errors?: { extensions?: { code?: string } }[];
          }
        ).errors?.[0]?.extensions?.code,
    );
    expect(codes).toContain('RATE_LIMITED');
    for (const service of ['apmis', 'gateway'])
      expect(
        valueOf(
          (await scrapeSamples(service)).samples,
          'marsoc_limit_refusals_total',
          { limit: 'SEARCH_RATE' },
        ),
      ).toBeGreaterThanOrEqual(1);
  });
});

/** What a caller can put in a request, generated from the synthetic population. */
interface PlantedCase {
  nominal: SyntheticNominal;
  persona: string;
  operationName: string;
  alias: string;
  justification: string;
}

function toName(text: string): string {
  return text.replace(/[^A-Za-z0-9_]/g, '_');
}

function generateCases(): PlantedCase[] {
  const random = createRandom('observability-label-safety');
  const population = createPopulation({
    seed: DEFAULT_SEED,
    size: TOTAL_NOMINATIONS,
  });
  const personas = [
    'police-analyst',
    'prison-intel',
    'nca-officer',
    'hmrc-investigator',
    'dwp-officer',
  ];
  return Array.from({ length: GENERATED_CASES }, (_, index) => {
    const nominal = random.pick(population);
    return {
      nominal,
      persona: personas[index % personas.length] ?? 'police-analyst',
      operationName: toName(
        `${nominal.surname}_${nominal.forename}_${nominal.id}`,
      ),
      alias: toName(`${nominal.forename}${nominal.surname}`),
      justification: `Looking at ${nominal.forename} ${nominal.surname} (${nominal.id}, ${nominal.pncId})`,
    };
  });
}

/** Every root field the supergraph has, and the labels that stand for none or several. */
function readRootFields(): Set<string> {
  const sdl = readFileSync(
    join(__dirname, '..', '..', 'schema', 'supergraph.graphql'),
    'utf8',
  );
  const fields = new Set([
    '_entities',
    '_service',
    '__schema',
    '__type',
    'multiple',
    'none',
    'other',
  ]);
  for (const definition of parse(sdl).definitions) {
    if (
      (definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
        definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
      (definition.name.value === 'Query' ||
        definition.name.value === 'Mutation')
    )
      for (const field of definition.fields ?? []) fields.add(field.name.value);
  }
  return fields;
}

function allowedLabelValues(): Record<string, Set<string>> {
  const rootFields = readRootFields();
  return {
    service: new Set(SERVICES),
    operation: new Set([
      'other',
      'none',
      'SubjectProfile',
      'SubjectProfileExportPdf',
      'SubjectProfileExportDocx',
    ]),
    root_field: rootFields,
    outcome: new Set([
      'success',
      'partial',
      'refused',
      'limited',
      'unauthenticated',
      'forbidden',
      'bad_request',
      'aborted',
      'unavailable',
      'error',
      'ok',
      'failed',
    ]),
    subgraph: new Set(SUBGRAPH_SERVICES.map(({ name }) => name)),
    owner: new Set<string>(Agency.values),
    category: new Set<string>(loadRegister().categories.keys()),
    level: new Set<string>(DisclosureLevel.values),
    limit: new Set([
      'operation_limits',
      'request_body',
      ...REFUSING_LIMITS,
      ...[...rootFields].map((field) => `field:${field}`),
    ]),
    le: new Set(),
  };
}

describe('no caller, nominal, value or free text in a label', () => {
  it('keeps every label in its closed vocabulary and every planted string out of every /metrics', async () => {
    const cases = generateCases();
    const tokens: string[] = [];
    for (const planted of cases) {
      const { nominal, operationName, alias, justification } = planted;
      const token = await system.token(planted.persona);
      tokens.push(token);
      const asCaller = { token, purpose: PURPOSE, justification };
      await ask(
        system.gatewayUrl,
        `query ${operationName}($id: ID!) { ${alias}: nominal(id: $id) { id apmis { name } police { identity { forename surname pncId } } } }`,
        { ...asCaller, operationName, variables: { id: nominal.id } },
      );
      await ask(
        system.gatewayUrl,
        `{ ${alias}_${toName(nominal.id)}: nominal(id: "${nominal.id}") { id cohort { status } } }`,
        asCaller,
      );
      await ask(
        system.gatewayUrl,
        `query ${operationName} { searchNominals(name: "${nominal.forename} ${nominal.surname}") { candidates { nominal { id } } } }`,
        asCaller,
      );
      // Invalid, unknown operation name, a purpose that is not one.
      await ask(
        system.gatewayUrl,
        `query ${operationName} { ${toName(nominal.surname)} }`,
        asCaller,
      );
      await ask(system.gatewayUrl, `query ${operationName} { me { name } }`, {
        ...asCaller,
        operationName: `${nominal.forename} ${nominal.surname} ${nominal.id}`,
      });
      await ask(system.gatewayUrl, '{ me { name } }', {
        ...asCaller,
        purpose: nominal.id,
      });
    }

    const personas = loadPersonas();
    const planted = new Set<string>(tokens);
    for (const {
      nominal,
      persona,
      operationName,
      alias,
      justification,
    } of cases) {
      for (const text of [
        nominal.id,
        nominal.forename,
        nominal.surname,
        ...nominal.aliases,
        nominal.pncId,
        operationName,
        alias,
        justification,
      ])
        planted.add(text);
      const caller = personas.get(persona)?.caller;
      if (caller) {
        planted.add(caller.sub);
        if (caller.name) planted.add(caller.name);
      }
    }
    const allowed = allowedLabelValues();
    for (const service of SERVICES) {
      const { text, samples } = await scrapeSamples(service);
      for (const string of planted) {
        const pattern = new RegExp(
          `\\b${string.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`,
        );
        if (pattern.test(text))
          throw new Error(`${service}'s /metrics contains "${string}"`);
      }
      for (const sample of samples) {
        if (!sample.name.startsWith('marsoc_')) continue;
        for (const [label, value] of Object.entries(sample.labels)) {
          if (label === 'le') continue;
          const vocabulary = allowed[label];
          if (vocabulary === undefined || !vocabulary.has(value))
            throw new Error(
              `${service}: ${sample.name} has ${label}="${value}"`,
            );
        }
      }
    }
  }, 180_000);
});

describe('a subgraph that does not answer', () => {
  it('is counted as a fetch error, by subgraph', async () => {
    await system.stopService('audit');
    const token = await system.token('auditor');
    await ask(
      system.gatewayUrl,
      '{ accessesTo(nominalId: "NOM-00001") { time } }',
      { token, purpose: 'AUDIT', justification: JUSTIFICATION },
    );
    expect(
      valueOf(
        (await scrapeSamples('gateway')).samples,
        'marsoc_subgraph_fetch_errors_total',
        {
          subgraph: 'audit',
        },
      ),
    ).toBe(1);
  });
});
