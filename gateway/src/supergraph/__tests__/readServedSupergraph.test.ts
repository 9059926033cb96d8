import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, readSupergraphVersion } from '@marsoc/platform';
import { SUBGRAPHS } from '@marsoc/schema';
import { appendSupergraphProbe } from '../../testing';
import {
  readServedSupergraph,
  SupergraphRefusedError,
} from '../readServedSupergraph';

const COMMITTED = readFileSync(
  join(PROJECT_ROOT, 'schema', 'supergraph.graphql'),
  'utf8',
);
const KNOWN = SUBGRAPHS.map(({ name }) => name);

function refusal(sdl: string, known: readonly string[] = KNOWN): string {
  try {
    readServedSupergraph(sdl, known);
  } catch (error) {
    expect(error).toBeInstanceOf(SupergraphRefusedError);
    return (error as Error).message;
  }
  throw new Error('the supergraph was taken');
}

describe('readServedSupergraph', () => {
  it('takes the committed supergraph, versioned as the audit versions it, with its markings', () => {
    const served = readServedSupergraph(COMMITTED, KNOWN);
    expect(served.version).toBe(readSupergraphVersion());
    expect(served.markingIndex.field('ApmisNominalRecord', 'name')).toEqual({
      typeName: 'String',
      marking: {
        owner: 'MARSOC',
        category: 'IDENTITY',
        classification: 'OFFICIAL_SENSITIVE',
      },
    });
    expect(served.fieldMarkings['ApmisNominalRecord.name']).toEqual(
      served.markingIndex.field('ApmisNominalRecord', 'name')?.marking,
    );
  });

  it('derives the markings of a changed supergraph from its own text', () => {
    const served = readServedSupergraph(
      appendSupergraphProbe(COMMITTED),
      KNOWN,
    );
    expect(served.fieldMarkings['ReloadProbe.note']?.classification).toBe(
      'SECRET',
    );
    expect(served.version).not.toBe(readSupergraphVersion());
  });

  it('refuses text that is not GraphQL, saying where without quoting it', () => {
    const lines = COMMITTED.split('\n').length;
    const message = refusal(
      `${COMMITTED}\n"""Quoted: SECRET-VALUE"""\n"""Twice"""\ntype T { a: String }`,
    );
    expect(message).toBe(
      `it is not GraphQL: Syntax Error: Unexpected BlockString (line ${lines + 2}, column 1)`,
    );
  });

  it('refuses a marking it cannot read, naming the field', () => {
    expect(
      refusal(appendSupergraphProbe(COMMITTED, { classification: 'HUSH' })),
    ).toContain('ReloadProbe.note @marking classification HUSH');
  });

  it('refuses a supergraph that routes to a subgraph the gateway has no URL for', () => {
    expect(
      refusal(
        COMMITTED,
        KNOWN.filter((name) => name !== 'apmis'),
      ),
    ).toBe('it routes to subgraphs the gateway has no URL for: apmis');
  });

  it('refuses a schema that is not a composed supergraph', () => {
    expect(refusal('type Query { hello: String }')).toContain(
      'no join__Graph enum',
    );
  });
});
