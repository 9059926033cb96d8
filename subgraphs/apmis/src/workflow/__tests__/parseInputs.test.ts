import {
  parseDeselection,
  parseExit,
  parseFourPPlan,
  parseTpmAction,
  parseTpmActionUpdate,
} from '../parseCohortWorkInputs';
import { parseTransferRequest } from '../../handoffs/parseHandoffInputs';
import {
  parseForumDecision,
  parseNomination,
  parseNotPutForward,
} from '../parseNominationInputs';

const NOW = '2026-05-01T09:30:00.000Z';

const NOMINATION = {
  nominalId: 'NOM-00200',
  region: 'NORTH_WEST',
  cycle: 7,
  supervisionStatus: 'CUSTODY',
  mandatoryCriteriaMet: ['HIGHEST_HARM', 'CURRENT_SOC_ACTIVITY'],
  otherCriteriaMet: ['OFFENDING_FROM_CUSTODY'],
};

const ACCEPT = {
  nominalId: 'NOM-00200',
  decision: 'ACCEPT',
  cycle: 7,
  seniorResponsibleOfficer: 'DCI Imaginary, NWROCU',
  leadAgency: 'POLICE',
  supportingAgencies: ['HMPPS'],
  strategicObjectives: ['Disrupt supply of drugs into HMP Madeupton'],
};

describe('reading a nomination form (seed 000 E777, E419, E440)', () => {
  it('reads a sound nomination', () => {
    expect(parseNomination(NOMINATION)).toEqual({
      value: { ...NOMINATION },
      problems: [],
    });
  });

  it('lists every problem at once rather than the first', () => {
    const parsed = parseNomination({
      nominalId: 'someone',
      region: 'ATLANTIS',
      cycle: 0,
      supervisionStatus: 'HOUSE_ARREST',
      mandatoryCriteriaMet: [],
      otherCriteriaMet: ['RICH'],
    });
    expect(parsed.value).toBeNull();
    expect(parsed.problems).toEqual([
      'nominalId "someone" is not a nominal id (NOM- and digits).',
      'region "ATLANTIS" is not one of NORTH_EAST, NORTH_WEST, YORKSHIRE_AND_HUMBER, EAST_MIDLANDS, WEST_MIDLANDS, EASTERN, SOUTH_EAST, SOUTH_WEST, WALES, LONDON.',
      'cycle 0 is not a meeting cycle (a whole number from 1 to 99).',
      'supervisionStatus "HOUSE_ARREST" is not one of CUSTODY, PROBATION, NONE.',
      'mandatoryCriteriaMet needs at least 1 item.',
      'otherCriteriaMet "RICH" is not one of FUTURE_HARM_POTENTIAL, DIRECTS_OTHERS, OFFENDING_FROM_CUSTODY, UNDER_SUPERVISION, OCG_LINKED.',
    ]);
  });

  it('refuses the same criterion twice', () => {
    expect(
      parseNomination({
        ...NOMINATION,
        mandatoryCriteriaMet: ['HIGHEST_HARM', 'HIGHEST_HARM'],
      }).problems,
    ).toEqual(['mandatoryCriteriaMet names the same item twice.']);
  });

  it('never repeats free text back in a problem', () => {
    const parsed = parseNomination({
      ...NOMINATION,
      region: 'Somewhere near the docks, ask for Mr Invented',
    });
    expect(parsed.problems[0]).toMatch(/^region the value given is not/);
  });

  it('needs a reason for not putting a nomination forward', () => {
    expect(
      parseNotPutForward({ nominalId: 'NOM-00200', reason: '   ' }).problems,
    ).toEqual(['reason is required.']);
  });
});

describe('reading a PSF decision (seed 000 E794-E804)', () => {
  it('reads an acceptance with SRO, lead and supporting agencies and objectives (E799)', () => {
    expect(parseForumDecision(ACCEPT).value).toEqual({
      nominalId: 'NOM-00200',
      decision: 'ACCEPT',
      cycle: 7,
      reason: null,
      acceptance: {
        seniorResponsibleOfficer: 'DCI Imaginary, NWROCU',
        leadAgency: 'POLICE',
        supportingAgencies: ['HMPPS'],
        strategicObjectives: ['Disrupt supply of drugs into HMP Madeupton'],
      },
      redirectToRegion: null,
    });
  });

  it('refuses an acceptance with no SRO, no objectives and the lead among the supporters', () => {
    const parsed = parseForumDecision({
      ...ACCEPT,
      seniorResponsibleOfficer: undefined,
      supportingAgencies: ['POLICE', 'DWP'],
      strategicObjectives: [],
    });
    expect(parsed.problems).toEqual([
      'seniorResponsibleOfficer is required.',
      'supportingAgencies names the lead agency POLICE; it leads, so it is not also a supporter.',
      'strategicObjectives needs at least 1 item.',
    ]);
  });

  it('needs feedback for the nominator when declining (E800) and what is missing when deferring (E794)', () => {
    for (const decision of ['DECLINE', 'DEFER'])
      expect(
        parseForumDecision({ nominalId: 'NOM-00200', decision, cycle: 7 })
          .problems,
      ).toEqual(['reason is required.']);
  });

  it('refuses the fields of an acceptance on a decline', () => {
    expect(
      parseForumDecision({ ...ACCEPT, decision: 'DECLINE', reason: 'Low harm' })
        .problems,
    ).toEqual([
      'seniorResponsibleOfficer must be left out unless the decision is ACCEPT.',
      'leadAgency must be left out unless the decision is ACCEPT.',
      'supportingAgencies must be left out unless the decision is ACCEPT.',
      'strategicObjectives must be left out unless the decision is ACCEPT.',
    ]);
  });

  it('needs the region a redirection goes to (E804)', () => {
    expect(
      parseForumDecision({
        nominalId: 'NOM-00200',
        decision: 'REDIRECT',
        cycle: 7,
      }).problems,
    ).toEqual([
      'redirectToRegion the value given is not one of NORTH_EAST, NORTH_WEST, YORKSHIRE_AND_HUMBER, EAST_MIDLANDS, WEST_MIDLANDS, EASTERN, SOUTH_EAST, SOUTH_WEST, WALES, LONDON.',
    ]);
  });

  it('refuses a decision that is not one of the four', () => {
    expect(
      parseForumDecision({ ...ACCEPT, decision: 'MAYBE' }).problems[0],
    ).toBe('decision "MAYBE" is not one of ACCEPT, DECLINE, DEFER, REDIRECT.');
  });
});

describe('reading work on a selected nominal', () => {
  it('refuses a 4P plan with no objective at all (E806)', () => {
    expect(
      parseFourPPlan({ nominalId: 'NOM-00200', pursue: [] }).problems,
    ).toEqual([
      'A 4P plan needs at least one objective under pursue, prevent, protect or prepare.',
    ]);
  });

  it('refuses objectives that are too long or carry control characters', () => {
    const parsed = parseFourPPlan({
      nominalId: 'NOM-00200',
      pursue: ['x'.repeat(301)],
      prevent: ['Divert \u202Eassociates'],
    });
    expect(parsed.problems).toEqual([
      'pursue[0] must be at most 300 characters (it has 301).',
      'prevent[0] contains control or formatting characters.',
    ]);
  });

  it('refuses a TPM action due in the past, on a date that does not exist, or owned by no agency', () => {
    const base = { nominalId: 'NOM-00200', action: 'Cell search' };
    expect(
      parseTpmAction(
        { ...base, owningAgency: 'HMPPS', dueDate: '2026-04-30' },
        NOW,
      ).problems,
    ).toEqual([
      'dueDate 2026-04-30 is in the past; it must be 2026-05-01 or later.',
    ]);
    expect(
      parseTpmAction(
        { ...base, owningAgency: 'MI7', dueDate: '2027-02-30' },
        NOW,
      ).problems,
    ).toEqual([
      'owningAgency "MI7" is not one of POLICE, HMPPS, NCA, HMRC, DWP, MARSOC.',
      'dueDate "2027-02-30" is not a date (YYYY-MM-DD).',
    ]);
    expect(
      parseTpmAction(
        { ...base, owningAgency: 'HMPPS', dueDate: '2026-05-01' },
        NOW,
      ).problems,
    ).toEqual([]);
  });

  it('refuses an update naming no TPM action or no status', () => {
    expect(
      parseTpmActionUpdate({ actionId: 'CN-000001', status: 'DONE' }).problems,
    ).toEqual([
      'actionId is not a TPM action id (TPM- and digits).',
      'status "DONE" is not one of OPEN, IN_PROGRESS, COMPLETED, REJECTED, CANCELLED.',
    ]);
  });
});

describe('reading a re-assessment (seed 000 E822-E828)', () => {
  it('needs a deselection reason from the list and a rationale (E822, E824)', () => {
    expect(
      parseDeselection({ nominalId: 'NOM-00200', reason: 'BORED', cycle: 8 })
        .problems,
    ).toEqual([
      'reason "BORED" is not one of THREAT_LEVEL_REDUCED, INSUFFICIENT_RESOURCE, LACK_OF_INTELLIGENCE, CRITERIA_NO_LONGER_MET, OTHER.',
      'rationale is required.',
    ]);
  });

  it('needs a region to transfer to, a reason and a client request id (E823)', () => {
    const { problems } = parseTransferRequest({ nominalId: 'NOM-00200' });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^clientRequestId /);
    expect(problems[1]).toMatch(/^toRegion .* not one of NORTH_EAST/);
    expect(problems[2]).toBe('reason is required.');
  });

  it('needs alerts with at least one partner and monitoring that has not already ended (E828)', () => {
    expect(
      parseExit(
        {
          nominalId: 'NOM-00200',
          rationale: 'Risk-managed exit agreed at PSF',
          monitoringUntil: '2025-01-01',
          alertAgencies: [],
          nationalRecordsUpdated: 'yes',
          partnersUpdated: true,
        },
        NOW,
      ).problems,
    ).toEqual([
      'monitoringUntil 2025-01-01 is in the past; it must be 2026-05-01 or later.',
      'alertAgencies needs at least 1 item.',
      'nationalRecordsUpdated must be true or false.',
    ]);
  });
});
