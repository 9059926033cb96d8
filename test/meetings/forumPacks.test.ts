import { createForumPackRoute } from '@marsoc/gateway/packs';
import { type RequestPurpose } from '@marsoc/schema';
import { REQUEST_ID_HEADER } from '@marsoc/schema/wire';
import { callerOf, purposeOf } from '../helpers/personas';
import {
  linesOf,
  readDocxText,
  readPdfPages,
  squeeze,
} from '../profiles/extractText';
import {
  exportHeaders,
  type ExportResponse,
  type ProfileHarness,
  startProfileHarness,
} from '../profiles/profileHarness';
import {
  ADD_ITEM,
  asCaller,
  expectOk,
  NOMINATE,
  openQuorateForum,
} from './meetingOperations';

const PURPOSE: RequestPurpose = purposeOf(
  'COHORT_MANAGEMENT',
  'Forum pack for the North West PSF of cycle 9',
);
const ATTENDEES = ['police-analyst', 'dwp-officer', 'nca-officer'];
/** A nominal never nominated before (NOM-00370 on), put to this PSF. */
const NEW_NOMINATION = 'NOM-00370';
/** On the seeded North West cohort: reviewed at the forum. */
const REVIEWED = 'NOM-00001';
/** The NCA's covert item is about this nominal, on no other item. */
const COVERT_NOMINAL = 'NOM-00002';
const COVERT_TITLE = 'Covert tactics slot GLASSWING: NCA only';

interface Pack {
  requestId: string;
  /** Every page's text (PDF) or the header, body and footer (Word), squeezed. */
  flat: string;
}

/**
 * The forum pack of issue 13 point 2 through the real gateway, register and
 * owners: each attendee's pack holds only what the register lets that
 * attendee's agency see, a covert agenda item only in the packs of those
 * allowed to know of it, anyone else gets the unknown meeting's answer, and
 * each pack is one audited DISCLOSURE naming its nominals.
 */
describe('forum packs per attendee (issue 13 point 2; seed 000 E494-E530)', () => {
  let harness: ProfileHarness;
  let meetingId: string;
  const packs = new Map<string, Pack>();

  beforeAll(async () => {
    harness = await startProfileHarness(createForumPackRoute);
    const ask = asCaller(harness.system);
    expectOk(
      await ask('police-analyst', NOMINATE, {
        input: {
          nominalId: NEW_NOMINATION,
          region: 'NORTH_WEST',
          cycle: 9,
          supervisionStatus: 'NONE',
          mandatoryCriteriaMet: ['HIGHEST_HARM'],
        },
      }),
    );
    meetingId = await openQuorateForum(ask, 9, [NEW_NOMINATION]);
    for (const [persona, item] of [
      [
        'regional-lead',
        { kind: 'REVIEW', nominalId: REVIEWED, title: 'Cohort review' },
      ],
      [
        'nca-officer',
        {
          kind: 'COVERT',
          nominalId: COVERT_NOMINAL,
          title: COVERT_TITLE,
          knownToAgencies: ['NCA'],
        },
      ],
    ] as const)
      expectOk(
        await ask(persona, ADD_ITEM, {
          input: {
            meetingId,
            clientRequestId: `pack-item-${item.kind}-${item.nominalId}`,
            ...item,
          },
        }),
      );
  }, 120_000);
  afterAll(() => harness.stop());

  async function download(
    persona: string,
    format: 'pdf' | 'docx',
    id = meetingId,
  ): Promise<ExportResponse> {
    return harness.get(
      `/export/forum-pack/${id}.${format}`,
      exportHeaders(await harness.token(persona), PURPOSE),
    );
  }

  /** The attendee's pack in both formats, checked for the marking on every page; the PDF's text. */
  async function packOf(persona: string): Promise<Pack> {
    const known = packs.get(persona);
    if (known) return known;
    const pdf = await download(persona, 'pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const pages = readPdfPages(pdf.body);
    const banner = linesOf(pages[0] ?? '')[0] ?? '';
    expect(banner).toMatch(/^(OFFICIAL|SECRET|TOP SECRET)/);
    for (const page of pages) {
      const lines = linesOf(page);
      expect([lines[0], lines.at(-1)]).toEqual([banner, banner]);
    }
    const docx = await download(persona, 'docx');
    expect(docx.status).toBe(200);
    const word = readDocxText(docx.body);
    expect(linesOf(word.header)[0]).toBe(banner);
    expect(linesOf(word.footer).at(-1)).toBe(banner);
    const wordText = squeeze([word.header, word.body, word.footer].join('\n'));
    const pack = {
      requestId: pdf.headers.get(REQUEST_ID_HEADER) ?? '',
      flat: squeeze(pages.join('\n')),
    };
    // The two formats carry the same content.
    for (const fact of [COVERT_TITLE, REVIEWED, NEW_NOMINATION, meetingId])
      expect(wordText.includes(squeeze(fact))).toBe(
        pack.flat.includes(squeeze(fact)),
      );
    packs.set(persona, pack);
    return pack;
  }

  /** A POLICE value the police analyst is given for the reviewed nominal and DWP is not (the register). */
  async function policeOnlyValue(): Promise<string> {
    const police = await harness.answer('police-analyst', REVIEWED, PURPOSE);
    const dwp = await harness.answer('dwp-officer', REVIEWED, PURPOSE);
    const pncId = (
      police.data?.nominal as { police?: { identity?: { pncId?: string } } }
    ).police?.identity?.pncId;
    if (!pncId) throw new Error('the police analyst was given no PNC id');
    expect(JSON.stringify(dwp)).not.toContain(pncId);
    return pncId;
  }

  it("gives each attendee a pack with the meeting's cover, members and agenda, marked on every page", async () => {
    for (const persona of ATTENDEES) {
      const { flat } = await packOf(persona);
      const caller = callerOf(persona);
      for (const fact of [
        meetingId,
        'NORTH_WEST',
        'PrioritisationandSelectionForum',
        caller.name,
        callerOf('regional-lead').name,
        PURPOSE.justification,
        harness.registerVersion,
        `Nominal${NEW_NOMINATION}`,
        `Nominal${REVIEWED}`,
      ])
        expect({ persona, fact, found: flat.includes(squeeze(fact)) }).toEqual({
          persona,
          fact,
          found: true,
        });
    }
  }, 120_000);

  it("holds a police value in the police attendee's pack that the DWP attendee's pack does not", async () => {
    const pncId = await policeOnlyValue();
    expect((await packOf('police-analyst')).flat).toContain(squeeze(pncId));
    expect((await packOf('dwp-officer')).flat).not.toContain(squeeze(pncId));
    expect((await packOf('dwp-officer')).flat).not.toEqual(
      (await packOf('police-analyst')).flat,
    );
  }, 120_000);

  it("lists the covert agenda item, and its nominal, only in the NCA attendee's pack", async () => {
    const nca = (await packOf('nca-officer')).flat;
    expect(nca).toContain(squeeze(COVERT_TITLE));
    expect(nca).toContain(squeeze(`Nominal${COVERT_NOMINAL}`));
    for (const persona of ['police-analyst', 'dwp-officer']) {
      const { flat } = await packOf(persona);
      expect(flat).not.toContain(squeeze(COVERT_TITLE));
      expect(flat).not.toContain(squeeze(COVERT_NOMINAL));
    }
  }, 120_000);

  it('answers anyone not a member of the meeting exactly as an unknown meeting id, and writes no pack record for them', async () => {
    const before = harness.exportSink.records.length;
    const unknownId = 'MTG-999999';
    for (const persona of ['probation-officer', 'hmrc-investigator']) {
      const notMember = await download(persona, 'pdf');
      const unknown = await download(persona, 'pdf', unknownId);
      expect(notMember.status).toBe(404);
      expect(unknown.status).toBe(404);
      expect(notMember.body.toString().replaceAll(meetingId, 'MTG-X')).toBe(
        unknown.body.toString().replaceAll(unknownId, 'MTG-X'),
      );
      expect(JSON.parse(notMember.body.toString())).toMatchObject({
        errors: [{ extensions: { code: 'NOT_FOUND' } }],
      });
    }
    expect(harness.exportSink.records.length).toBe(before);
  });

  it("records each attendee's pack as one DISCLOSURE naming every nominal in it, with the owners' records under the same request", async () => {
    const expected: Record<string, string[]> = {
      'police-analyst': [NEW_NOMINATION, REVIEWED],
      'dwp-officer': [NEW_NOMINATION, REVIEWED],
      'nca-officer': [NEW_NOMINATION, REVIEWED, COVERT_NOMINAL],
    };
    for (const persona of ATTENDEES) {
      const { requestId } = await packOf(persona);
      const records = harness.exportSink.records.filter(
        (record) => record.requestId === requestId,
      );
      expect(records).toHaveLength(1);
      expect(records[0]).toMatchObject({
        service: 'gateway',
        processing: 'DISCLOSURE',
        operationName: 'ForumPackPdf',
        nominalIds: expected[persona],
        purpose: PURPOSE.purpose,
        actor: { sub: callerOf(persona).sub },
      });
      const owners = harness.ownerSink.records.filter(
        (record) => record.requestId === requestId,
      );
      // Each subgraph's fetch is named after the gateway's operation (ForumPackPdf__apmis__0).
      expect(
        new Set(
          owners.map((record) => record.operationName?.replace(/__.*$/, '')),
        ),
      ).toEqual(new Set(['ForumPackPdf', 'ForumPackProfilePdf']));
    }
    // Names and counts only: a value in the pack is never in its record.
    expect(JSON.stringify(harness.exportSink.records)).not.toContain(
      await policeOnlyValue(),
    );
  }, 120_000);

  it('sends no pack when its record cannot be written (503)', async () => {
    harness.exportSink.failing = true;
    try {
      const refused = await download('police-analyst', 'docx');
      expect(refused.status).toBe(503);
      expect(JSON.parse(refused.body.toString())).toMatchObject({
        errors: [{ extensions: { code: 'AUDIT_UNAVAILABLE' } }],
      });
    } finally {
      harness.exportSink.failing = false;
    }
  });
});
