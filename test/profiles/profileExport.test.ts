import { type RequestPurpose } from '@marsoc/schema';
import { REQUEST_ID_HEADER } from '@marsoc/schema/wire';
import { type GatewayResult } from '../helpers/inProcessSupergraph';
import { callerOf, purposeOf } from '../helpers/personas';
import { linesOf, readDocxText, readPdfPages, squeeze } from './extractText';
import { findHiddenValues } from './hiddenValues';
import {
  exportHeaders,
  type ProfileHarness,
  startProfileHarness,
} from './profileHarness';

const PURPOSE: RequestPurpose = purposeOf(
  'INTELLIGENCE_DEVELOPMENT',
  'Subject Profile for the North West tasking meeting',
);
/** Callers who between them may see every owner's record of a nominal (seed 000 E565). */
const GROUND_TRUTH = [
  'police-analyst',
  'prison-intel',
  'nca-officer',
  'hmrc-investigator',
];

interface Marking {
  banner: string;
}

function bannerOf(answer: GatewayResult): string {
  const disclosure = answer.extensions?.disclosure as
    { marking?: Marking } | undefined;
  return disclosure?.marking?.banner ?? 'OFFICIAL';
}

/** Categories the answer's owners held back, for the annex. */
function heldBackOf(answer: GatewayResult): string[] {
  const disclosure = answer.extensions?.disclosure as
    | { nominals: { agencies: { held: string[]; withheld: string[] }[] }[] }
    | undefined;
  return (disclosure?.nominals ?? []).flatMap((nominal) =>
    nominal.agencies.flatMap((agency) => [...agency.held, ...agency.withheld]),
  );
}

/** The first seeded nominal the NCA holds a covert interest in, as the NCA sees it. */
async function findCovertInterest(
  harness: ProfileHarness,
): Promise<{ nominalId: string; operation: string }> {
  const ids = Array.from(
    { length: 60 },
    (_, index) => `NOM-${String(index + 1).padStart(5, '0')}`,
  );
  const answer = await harness.system.query(
    callerOf('nca-officer'),
    PURPOSE,
    'query Covert($ids: [ID!]!) { nominals(ids: $ids) { id nca { covertInterest { operationName } } } }',
    { ids },
  );
  const nominals = (answer.data?.nominals ?? []) as {
    id: string;
    nca: { covertInterest: { operationName: string } | null } | null;
  }[];
  const found = nominals.find((nominal) => nominal.nca?.covertInterest);
  if (!found?.nca?.covertInterest) throw new Error('no seeded covert interest');
  return {
    nominalId: found.id,
    operation: found.nca.covertInterest.operationName,
  };
}

describe('the Subject Profile export carries only what the caller was given, marked on every page', () => {
  let harness: ProfileHarness;
  const truths = new Map<string, GatewayResult[]>();

  beforeAll(async () => {
    harness = await startProfileHarness();
  }, 120_000);
  afterAll(() => harness.stop());

  async function truthFor(nominalId: string): Promise<GatewayResult[]> {
    let found = truths.get(nominalId);
    if (!found) {
      found = await Promise.all(
        GROUND_TRUTH.map((persona) =>
          harness.answer(persona, nominalId, PURPOSE),
        ),
      );
      truths.set(nominalId, found);
    }
    return found;
  }

  const cases: [string, string][] = [
    ['police-analyst', 'NOM-00001'],
    ['dwp-officer', 'NOM-00001'],
    ['low-clearance', 'NOM-00001'],
    ['nca-officer', 'NOM-00001'],
    ['police-analyst', 'NOM-00002'],
    ['nca-officer', 'NOM-00002'],
    ['dwp-officer', 'NOM-00007'],
    ['prison-intel', 'NOM-00007'],
  ];

  it.each(cases)(
    'gives %s on %s a PDF and a Word file with the banner top and bottom, the cover facts, the annex and no value withheld from them',
    async (persona, nominalId) => {
      const answer = await harness.answer(persona, nominalId, PURPOSE);
      const caller = callerOf(persona);
      const banner = bannerOf(answer);
      const coverText = [
        caller.name,
        caller.unit,
        PURPOSE.justification,
        nominalId,
      ];
      const hidden = findHiddenValues(
        await truthFor(nominalId),
        answer,
        coverText,
      );
      const token = await harness.token(persona);
      for (const format of ['pdf', 'docx'] as const) {
        const response = await harness.get(
          `/profiles/${nominalId}.${format}`,
          exportHeaders(token, PURPOSE),
        );
        expect(response.status).toBe(200);
        const requestId = response.headers.get(REQUEST_ID_HEADER) ?? '';
        expect(requestId).not.toBe('');
        let text: string;
        if (format === 'pdf') {
          const pages = readPdfPages(response.body);
          expect(pages.length).toBeGreaterThan(1);
          for (const page of pages) {
            const lines = linesOf(page);
            expect([lines[0], lines.at(-1)]).toEqual([banner, banner]);
          }
          text = pages.join('\n');
        } else {
          const word = readDocxText(response.body);
          expect(linesOf(word.header)[0]).toBe(banner);
          expect(linesOf(word.footer).at(-1)).toBe(banner);
          text = [word.header, word.body, word.footer].join('\n');
        }
        const flat = squeeze(text);
        for (const fact of [
          caller.name,
          caller.agency,
          caller.unit,
          PURPOSE.purpose,
          PURPOSE.justification,
          requestId,
          harness.registerVersion,
          nominalId,
        ]) {
          expect(flat).toContain(squeeze(fact));
        }
        const annex = text.slice(text.indexOf('Disclosure annex'));
        expect(annex).not.toBe(text.slice(-1));
        for (const category of heldBackOf(answer))
          expect(annex).toContain(category);
        const leaked = hidden.filter((value) => flat.includes(squeeze(value)));
        expect(leaked).toEqual([]);
      }
      process.stdout.write(
        `${persona} ${nominalId}: banner ${banner}, ${hidden.length} hidden values checked absent\n`,
      );
    },
    60_000,
  );

  it("keeps the NCA's covert interest in a nominal out of every export but the NCA's own (seed 000 E565)", async () => {
    const { nominalId, operation } = await findCovertInterest(harness);
    const texts = new Map<string, string>();
    for (const persona of [
      'nca-officer',
      'police-analyst',
      'dwp-officer',
      'low-clearance',
    ]) {
      const token = await harness.token(persona);
      const pdf = await harness.get(
        `/profiles/${nominalId}.pdf`,
        exportHeaders(token, PURPOSE),
      );
      const docx = await harness.get(
        `/profiles/${nominalId}.docx`,
        exportHeaders(token, PURPOSE),
      );
      const word = readDocxText(docx.body);
      texts.set(
        persona,
        squeeze(
          [...readPdfPages(pdf.body), word.header, word.body, word.footer].join(
            '',
          ),
        ),
      );
    }
    const covert = squeeze(operation);
    expect(texts.get('nca-officer')).toContain(covert);
    for (const persona of ['police-analyst', 'dwp-officer', 'low-clearance']) {
      expect(texts.get(persona)).not.toContain(covert);
    }
  }, 60_000);
});
