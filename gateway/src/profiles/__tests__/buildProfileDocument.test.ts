import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Caller } from '@marsoc/schema';
import {
  buildProfileDocument,
  type ProfileFacts,
} from '../buildProfileDocument';
import { createMarkingIndex } from '../createMarkingIndex';
import { type ProfileAnswer } from '../readAnswer';

const index = createMarkingIndex(
  readFileSync(
    join(__dirname, '..', '..', '..', '..', 'schema', 'supergraph.graphql'),
    'utf8',
  ),
);

const CALLER: Caller = {
  sub: 'analyst-1',
  name: 'Ada Madeup',
  agency: 'POLICE',
  unit: 'NWROCU',
  regions: ['NORTH_WEST'],
  roles: ['ANALYST'],
  vetting: 'SC',
};

const FACTS: ProfileFacts = {
  nominalId: 'NOM-00001',
  caller: CALLER,
  purpose: {
    purpose: 'INTELLIGENCE_DEVELOPMENT',
    justification: 'Tasking meeting profile',
  },
  requestId: 'request-1',
  registerVersion: 'register-1',
  producedAt: new Date('2026-03-01T09:30:00Z'),
  format: 'pdf',
};

function build(answer: ProfileAnswer) {
  return buildProfileDocument(answer, FACTS, index);
}

describe('buildProfileDocument', () => {
  it('leaves out what came back empty without an error, so NCND and nothing recorded read alike', () => {
    const absent = build({
      data: {
        nominal: {
          id: 'NOM-00001',
          apmis: { name: 'A, B' },
          nca: { ncaReference: 'NCA/1' },
        },
      },
    });
    const suppressed = build({
      data: {
        nominal: {
          id: 'NOM-00001',
          apmis: { name: 'A, B' },
          nca: { ncaReference: 'NCA/1', covertInterest: null },
          hmrc: null,
          disruptions: [],
        },
      },
    });
    expect(suppressed).toEqual(absent);
    expect(absent.sections.map((section) => section.title)).toEqual([
      'Master list entry',
      'NCA',
    ]);
    expect(JSON.stringify(suppressed)).not.toMatch(/covert/i);
  });

  it('says who holds a held category and how to ask, and why a withheld one was withheld, in words', () => {
    const document = build({
      data: { nominal: { id: 'NOM-00001', hmrc: null, custody: null } },
      errors: [
        {
          message: 'held',
          path: ['nominal', 'hmrc'],
          extensions: {
            code: 'WITHHELD',
            owner: 'HMRC',
            category: 'TAX',
            reason: 'AGREEMENT_NOT_SIGNED',
            held: true,
            route: 'Ask the HMRC MARSOC Officer.',
          },
        },
        {
          message: 'withheld',
          path: ['nominal', 'custody'],
          extensions: {
            code: 'WITHHELD',
            owner: 'HMPPS',
            category: 'CUSTODY',
            reason: 'NO_AGREEMENT',
          },
        },
      ],
    });
    const notices = document.sections.flatMap((section) => section.blocks);
    expect(notices).toEqual([
      {
        kind: 'notice',
        tone: 'withheld',
        text: "Withheld by HMPPS (prisons and probation) (CUSTODY) because there is no sharing agreement between the owner and the caller's agency.",
      },
      {
        kind: 'notice',
        tone: 'held',
        text: 'Held by HM Revenue and Customs (TAX); not released because the agreement this sharing would rest on (the MARSOC ISA) is not yet signed. How to ask: Ask the HMRC MARSOC Officer.',
      },
    ]);
  });

  it("marks the document at a released record's own classification, above its field markings", () => {
    const document = build({
      data: {
        nominal: {
          id: 'NOM-00001',
          police: {
            intelligenceReports: [
              {
                reference: 'IR/1',
                classification: 'SECRET',
                handlingCode: 'P',
              },
            ],
          },
        },
      },
    });
    expect(document.marking.banner).toBe('SECRET');
    expect(document.marking.caveats).toContain(
      'INTELLIGENCE: HANDLING CODES APPLY',
    );
    expect(document.sections[0]?.classification).toBe('SECRET');
  });

  it('is plain OFFICIAL with the refusal on its cover when the whole record was withheld', () => {
    const document = build({
      data: { nominal: null },
      errors: [
        {
          message: 'withheld',
          path: ['nominal'],
          extensions: {
            code: 'WITHHELD',
            owner: 'MARSOC',
            category: 'IDENTITY',
            reason: 'VETTING_TOO_LOW',
          },
        },
      ],
    });
    expect(document.marking.banner).toBe('OFFICIAL');
    expect(document.sections).toEqual([]);
    expect(document.notices.map((notice) => notice.tone)).toEqual(['withheld']);
  });

  it('names an owner that did not answer and calls the profile incomplete', () => {
    const document = build({
      data: { nominal: { id: 'NOM-00001', probation: null } },
      errors: [
        {
          message: 'down',
          path: ['nominal', 'probation'],
          extensions: { code: 'UPSTREAM_UNAVAILABLE' },
        },
      ],
    });
    expect(document.sections[0]?.blocks[0]).toMatchObject({
      tone: 'unavailable',
    });
    expect(document.notices.map((notice) => notice.tone)).toEqual([
      'unavailable',
    ]);
  });
});
