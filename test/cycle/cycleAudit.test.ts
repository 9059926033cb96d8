import { createOwnerAuditPlugin, createSilentLogger } from '@marsoc/platform';
import { createRecordingSink } from '@marsoc/platform/testing';
import { loadRegister } from '@marsoc/schema/register';
import { apmisSubgraph } from '@marsoc/subgraph-apmis';
import { daysAhead, expectOk } from '../meetings/meetingOperations';
import {
  ASSIGN,
  BACK_FILL,
  CHECK,
  DECIDE_EMERGENCY,
  DECIDE_TRANSFER,
  DESELECT,
  deselectionOf,
  EMERGENCY,
  MODERATE,
  nominationOf,
  RECORD,
  REQUEST_TRANSFER,
  RESUBMIT,
  scheduleTpm,
  SRO,
  UPDATE_ACTION,
  useCycleSystem,
  YORKSHIRE_LEAD,
} from './cycleOperations';

/**
 * Every disruption and hand-off write is audited by APMIS as the owner: new
 * information entering the record as COLLECTION, a change to what is held as
 * ALTERATION (DPA 2018 s.62(1)), a refused write too, naming the nominal and
 * never a value the caller gave. One nominal taken through the cycle, the
 * owner's records read after each step.
 */
describe("the owner's audit of the cycle's writes (docs/audit-design.md)", () => {
  const sink = createRecordingSink();
  const ask = useCycleSystem({
    subgraphPluginsFor: (name) =>
      name === apmisSubgraph.name
        ? [
            createOwnerAuditPlugin({
              sink,
              service: apmisSubgraph.name,
              registerVersion: loadRegister().version,
              log: createSilentLogger(),
              collectingMutations: apmisSubgraph.collectingMutations,
            }),
          ]
        : [],
  });

  /** Runs one step and returns its answer and the owner records it wrote. */
  const step = async (
    who: Parameters<typeof ask>[0],
    query: string,
    input: Record<string, unknown>,
  ) => {
    sink.records.length = 0;
    const result = await ask(who, query, { input });
    return {
      result,
      records: sink.records.map((record) => ({
        processing: record.processing,
        outcome: record.outcome,
        nominalIds: record.nominalIds,
      })),
      text: JSON.stringify(sink.records),
    };
  };
  const audited = (processing: string, nominalId: string) => [
    { processing, outcome: 'SUCCESS', nominalIds: [nominalId] },
  ];

  it('records disruptions as collected, then moderated and back-filled as altered (E545-E549)', async () => {
    const description = 'Handset seized in a search of the visits hall';
    const recorded = await step('prison-intel', RECORD, {
      nominalId: 'NOM-00001',
      date: daysAhead(-2),
      leadAgency: 'HMPPS',
      fourP: 'PURSUE',
      assessment: 'MINOR',
      description,
      arrests: 0,
      marsocFlag: false,
      clientRequestId: 'audit-record-1',
    });
    expect(recorded.records).toEqual(audited('COLLECTION', 'NOM-00001'));
    expect(recorded.text).not.toContain(description);
    const recordId = expectOk(recorded.result).id;
    const moderated = await step('regional-lead', MODERATE, {
      recordId,
      decision: 'MODERATE',
      clientRequestId: 'audit-moderate-1',
    });
    expect(moderated.records).toEqual(audited('ALTERATION', 'NOM-00001'));
    const disruption = expectOk(moderated.result).disruption as { id: string };
    const reason = 'Reconciled against the North West log';
    const backFilled = await step('regional-lead', BACK_FILL, {
      disruptionId: disruption.id,
      marsocFlag: true,
      reason,
      clientRequestId: 'audit-back-fill-1',
    });
    expect(backFilled.records).toEqual(audited('ALTERATION', 'NOM-00001'));
    expect(backFilled.text).not.toContain(reason);
  });

  it('records the hand-offs: a nomination, a transfer request and a TPM assignment collected; checks, decisions, updates and deselection altered; a refusal too', async () => {
    const id = 'NOM-00330';
    const steps: [string, Parameters<typeof ask>[0], string, object][] = [
      [
        'COLLECTION',
        'police-analyst',
        EMERGENCY,
        {
          ...nominationOf(id),
          reason: 'Released on licence in six days',
          clientRequestId: 'audit-emergency-1',
        },
      ],
      [
        'ALTERATION',
        'regional-lead',
        CHECK,
        {
          nominalId: id,
          outcome: 'RETURN',
          reasons: ['INFORMATION_MISSING'],
          note: 'Attach the case file',
          clientRequestId: 'audit-check-1',
        },
      ],
      [
        'ALTERATION',
        'police-analyst',
        RESUBMIT,
        {
          nominalId: id,
          note: 'Case file attached',
          clientRequestId: 'audit-resubmit-1',
        },
      ],
      [
        'ALTERATION',
        'regional-lead',
        CHECK,
        { nominalId: id, outcome: 'PASS', clientRequestId: 'audit-check-2' },
      ],
      [
        'ALTERATION',
        'regional-lead',
        DECIDE_EMERGENCY,
        {
          nominalId: id,
          decision: 'ACCEPT',
          reason: 'Cannot wait for the PSF',
          cycle: 9,
          seniorResponsibleOfficer: SRO,
          leadAgency: 'POLICE',
          strategicObjectives: ['Disrupt the supply line on release'],
          clientRequestId: 'audit-emergency-decision-1',
        },
      ],
    ];
    for (const [processing, who, query, input] of steps) {
      const { result, records } = await step(who, query, { ...input });
      expect(result.errors).toBeUndefined();
      expect(records).toEqual(audited(processing, id));
    }

    const tpmId = await scheduleTpm(ask, 9);
    const assigned = await step('police-analyst', ASSIGN, {
      meetingId: tpmId,
      nominalId: id,
      action: 'Search the cell',
      ownerName: 'Governor Notreal',
      owningAgency: 'HMPPS',
      dueDate: daysAhead(14),
      clientRequestId: 'audit-assign-1',
    });
    expect(assigned.records).toEqual(audited('COLLECTION', id));
    const actionId = (
      expectOk(assigned.result).tpmActions as { id: string }[]
    ).at(-1)?.id;
    const update = { actionId, status: 'COMPLETED', note: 'Searched' };
    const refused = await step('police-analyst', UPDATE_ACTION, {
      ...update,
      clientRequestId: 'audit-update-refused',
    });
    expect(refused.records).toEqual([
      { processing: 'ALTERATION', outcome: 'DENIED', nominalIds: [] },
    ]);
    const updated = await step('prison-intel', UPDATE_ACTION, {
      ...update,
      clientRequestId: 'audit-update-1',
    });
    expect(updated.records).toEqual(audited('ALTERATION', id));
    expect(updated.text).not.toContain(update.note);

    const requested = await step('regional-lead', REQUEST_TRANSFER, {
      nominalId: id,
      toRegion: 'YORKSHIRE_AND_HUMBER',
      reason: 'Moving to Leeds',
      clientRequestId: 'audit-transfer-1',
    });
    expect(requested.records).toEqual(audited('COLLECTION', id));
    const decided = await step(YORKSHIRE_LEAD, DECIDE_TRANSFER, {
      transferId: expectOk(requested.result).id,
      decision: 'REFUSE',
      reason: 'No capacity this cycle',
      clientRequestId: 'audit-transfer-decision-1',
    });
    expect(decided.records).toEqual(audited('ALTERATION', id));
    const deselected = await step(
      'regional-lead',
      DESELECT,
      deselectionOf(id, 10),
    );
    expect(deselected.records).toEqual(audited('ALTERATION', id));
  });
});
