import { type Caller } from '@marsoc/schema';
import { findAlertRecipients, findCallerAddresses } from '../alertRecipients';

const SRO = 'DCI Imaginary, North West ROCU';

describe('who an alert reaches', () => {
  it('sends a prisoner’s nomination to the region’s leads and the establishment’s security department (E567)', () => {
    expect(
      findAlertRecipients({
        kind: 'NOMINATION',
        region: 'NORTH_WEST',
        establishment: 'HMP Altcourse',
      }),
    ).toEqual(['LEAD:NORTH_WEST', 'SECURITY:HMP Altcourse']);
    expect(
      findAlertRecipients({
        kind: 'NOMINATION',
        region: 'NORTH_WEST',
        establishment: null,
      }),
    ).toEqual(['LEAD:NORTH_WEST']);
  });

  it('adds the receiving region’s leads and security department for a move to an establishment elsewhere', () => {
    const event = {
      kind: 'CUSTODY_MOVEMENT' as const,
      region: 'NORTH_WEST' as const,
      sro: SRO,
      movement: 'TRANSFER' as const,
      toEstablishment: 'HMP Frankland',
    };
    expect(findAlertRecipients(event)).toEqual([
      `SRO:${SRO}`,
      'LEAD:NORTH_WEST',
      'LEAD:NORTH_EAST',
      'SECURITY:HMP Frankland',
    ]);
    expect(
      findAlertRecipients({ ...event, toEstablishment: 'HMP Liverpool' }),
    ).toEqual([`SRO:${SRO}`, 'LEAD:NORTH_WEST', 'SECURITY:HMP Liverpool']);
    expect(
      findAlertRecipients({
        ...event,
        movement: 'RELEASE',
        toEstablishment: null,
      }),
    ).toEqual([`SRO:${SRO}`, 'LEAD:NORTH_WEST']);
  });

  it('sends a disruption to the SRO and the leads of the cohort’s and the moderating region, once each', () => {
    expect(
      findAlertRecipients({
        kind: 'DISRUPTION_RECORDED',
        region: 'NORTH_WEST',
        moderatingRegion: 'NORTH_WEST',
        sro: null,
      }),
    ).toEqual(['LEAD:NORTH_WEST']);
    expect(
      findAlertRecipients({
        kind: 'COHORT_TRANSFER_REQUESTED',
        fromRegion: 'NORTH_WEST',
        toRegion: 'WALES',
        sro: SRO,
      }),
    ).toEqual([`SRO:${SRO}`, 'LEAD:NORTH_WEST', 'LEAD:WALES']);
  });

  it('reads a caller’s addresses from their verified token only', () => {
    const base: Caller = {
      sub: 'someone',
      name: 'DCI Imaginary',
      agency: 'POLICE',
      unit: 'North West ROCU',
      regions: ['NORTH_WEST', 'WALES'],
      roles: ['SRO'],
      vetting: 'SC',
    };
    expect(findCallerAddresses(base)).toEqual([`SRO:${SRO}`]);
    expect(
      findCallerAddresses({
        ...base,
        agency: 'MARSOC',
        roles: ['REGIONAL_LEAD'],
      }),
    ).toEqual([
      'SRO:DCI Imaginary, North West ROCU',
      'LEAD:NORTH_WEST',
      'LEAD:WALES',
    ]);
    const security = { ...base, unit: 'HMP Altcourse Security Department' };
    expect(findCallerAddresses({ ...security, agency: 'HMPPS' })).toContain(
      'SECURITY:HMP Altcourse',
    );
    // Only HMPPS staff are an establishment's security department.
    expect(findCallerAddresses(security)).toEqual([
      'SRO:DCI Imaginary, HMP Altcourse Security Department',
    ]);
  });
});
