import { SanitisedText } from '../SanitisedText';
import { policeSummarisers } from '../summarisers';

function summarise(coordinate: string, value: unknown): unknown {
  const summariser = policeSummarisers[coordinate];
  if (!summariser) throw new Error(`${coordinate} has no summariser`);
  return summariser(value);
}

describe('police summarisers', () => {
  it('reduce a date to its year and anything else to nothing', () => {
    expect(summarise('PoliceIdentity.dateOfBirth', '1987-03-05')).toBe('1987');
    expect(summarise('PoliceIdentity.dateOfBirth', 'about 1987')).toBeNull();
  });

  it('reduce an address to town and postcode district, and an unexpected one to nothing', () => {
    expect(
      summarise(
        'PoliceAddress.address',
        '62 Campion Close, Mockbury, QL11 3TO',
      ),
    ).toBe('Mockbury, QL11');
    expect(
      summarise(
        'PoliceAddress.address',
        'Flat 2, 62 Campion Close, Mockbury, QL11 3TO',
      ),
    ).toBeNull();
  });

  it('replace report text by its sanitised summary, and plain text by nothing', () => {
    const text = new SanitisedText(
      'Source saw the subject at 14 Larkspur Lane.',
      'Subject reported to supply drugs.',
    );
    expect(summarise('PoliceIntelligenceReport.text', text)).toBe(
      'Subject reported to supply drugs.',
    );
    expect(
      summarise(
        'PoliceIntelligenceReport.text',
        'Source saw the subject at 14 Larkspur Lane.',
      ),
    ).toBeNull();
  });

  it('have no summary form for identifiers, names, references or source details (withheld at SUMMARY)', () => {
    const none = [
      'PoliceIdentity.pncId',
      'PoliceIdentity.croNumber',
      'PoliceIdentity.forename',
      'PoliceIdentity.surname',
      'PoliceAlias.name',
      'PoliceIntelligenceReport.reference',
      'PoliceIntelligenceReport.sourceDetails',
      'PoliceOcgAffiliation.groupName',
      'PoliceVehicle.vrm',
    ];
    expect(
      none.filter((coordinate) => coordinate in policeSummarisers),
    ).toEqual([]);
  });
});
