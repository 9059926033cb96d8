import { type SyntheticNominal } from '@marsoc/platform';
import { createCounterCorruptionMarking } from '../repository/recordMarkings';
import { type HmppsRecords } from './HmppsRecords';

/**
 * NOM-00001, the nominal the README and the cross-service tests follow: a
 * category B prisoner at HMP Altcourse in the North West, sentenced for a Class
 * A supply conspiracy, moved twice since reception, caught with a phone at HMP
 * Manchester and targeted by a drone drop at Altcourse, with a probation
 * offender manager already allocated and licence conditions planned for
 * release. Written out by hand so that it reads the same whatever the scale;
 * identifiers and surname come from the shared population.
 */
export function createWellKnownRecords(
  nominal: SyntheticNominal,
  prisonNumber: string,
  crn: string,
): HmppsRecords {
  return {
    ...createWellKnownPrisonRecords(nominal.id, prisonNumber),
    ...createWellKnownContacts(nominal.id, `Tobias ${nominal.surname}`),
    ...createWellKnownProbation(nominal.id, crn),
  };
}

function createWellKnownPrisonRecords(
  nominalId: string,
  prisonNumber: string,
): Pick<HmppsRecords, 'custody' | 'movements' | 'adjudications' | 'seizures'> {
  return {
    custody: {
      nominalId,
      prisonNumber,
      status: 'IN_CUSTODY',
      establishment: 'HMP Altcourse',
      establishmentRegion: 'NORTH_WEST',
      securityCategory: 'CATEGORY_B',
      receptionDate: '2021-02-12',
      earliestReleaseDate: '2027-05-12',
      licenceExpiryDate: '2033-08-12',
      sentence: {
        nominalId,
        offence: 'Conspiracy to supply a controlled drug of Class A (cocaine)',
        lengthInMonths: 150,
        sentenceDate: '2021-11-19',
        sentencingCourt: 'Liverpool Crown Court',
      },
    },
    movements: [
      {
        nominalId,
        movementDate: '2021-02-12',
        fromLocation: 'Liverpool Crown Court',
        toLocation: 'HMP Liverpool',
        reason: 'ADMISSION',
      },
      {
        nominalId,
        movementDate: '2021-11-19',
        fromLocation: 'HMP Liverpool',
        toLocation: 'Liverpool Crown Court',
        reason: 'COURT',
      },
      {
        nominalId,
        movementDate: '2021-11-19',
        fromLocation: 'Liverpool Crown Court',
        toLocation: 'HMP Liverpool',
        reason: 'COURT',
      },
      {
        nominalId,
        movementDate: '2022-01-24',
        fromLocation: 'HMP Liverpool',
        toLocation: 'HMP Manchester',
        reason: 'TRANSFER',
      },
      {
        nominalId,
        movementDate: '2023-04-03',
        fromLocation: 'HMP Manchester',
        toLocation: 'HMP Altcourse',
        reason: 'TRANSFER',
      },
    ],
    adjudications: [
      {
        nominalId,
        adjudicationDate: '2022-09-14',
        establishment: 'HMP Manchester',
        charge: 'Has in possession an unauthorised article (mobile telephone)',
        finding: 'PROVED',
        punishment:
          'Referred to the Independent Adjudicator: 14 additional days',
      },
    ],
    seizures: [
      {
        nominalId,
        seizureDate: '2022-09-12',
        itemType: 'MOBILE_PHONE',
        establishment: 'HMP Manchester',
        location: 'Cell, H wing',
        description:
          'Smartphone wrapped in cling film inside a kettle base; sent for download.',
      },
      {
        nominalId,
        seizureDate: '2023-10-06',
        itemType: 'DRONE',
        establishment: 'HMP Altcourse',
        location: 'Perimeter fence',
        description:
          "Drone intercepted over the perimeter carrying two handsets and suspected synthetic cannabinoids; the package was labelled for the nominal's wing.",
      },
      {
        nominalId,
        seizureDate: '2023-12-08',
        itemType: 'SIM_CARD',
        establishment: 'HMP Altcourse',
        location: 'Mail room',
        description:
          'Three SIM cards hidden in a hollowed-out battery. Staff involvement suspected; referred to the HMPPS Counter-Corruption Unit.',
        marking: createCounterCorruptionMarking(),
      },
    ],
  };
}

function createWellKnownContacts(
  nominalId: string,
  brother: string,
): Pick<HmppsRecords, 'visits' | 'phoneContacts'> {
  return {
    visits: [
      {
        nominalId,
        visitDate: '2023-11-04',
        visitorName: 'Marigold Hazelmere',
        relationship: 'Partner',
        visitType: 'SOCIAL',
      },
      {
        nominalId,
        visitDate: '2023-12-02',
        visitorName: brother,
        relationship: 'Brother',
        visitType: 'SOCIAL',
      },
      {
        nominalId,
        visitDate: '2024-01-09',
        visitorName: 'Quentin Larkspur',
        relationship: 'Solicitor',
        visitType: 'LEGAL',
      },
      {
        nominalId,
        visitDate: '2024-01-20',
        visitorName: 'Marigold Hazelmere',
        relationship: 'Partner',
        visitType: 'CLOSED',
      },
    ],
    phoneContacts: [
      {
        nominalId,
        phoneNumber: '07700 900101',
        contactName: 'Marigold Hazelmere',
        relationship: 'Partner',
        approved: true,
      },
      {
        nominalId,
        phoneNumber: '07700 900102',
        contactName: brother,
        relationship: 'Brother',
        approved: true,
      },
      {
        nominalId,
        phoneNumber: '07700 900240',
        contactName: 'Quentin Larkspur',
        relationship: 'Solicitor',
        approved: true,
      },
      {
        nominalId,
        phoneNumber: '07700 900487',
        contactName: 'Rufus Pebblecroft',
        relationship: 'Friend',
        approved: false,
      },
    ],
  };
}

function createWellKnownProbation(
  nominalId: string,
  crn: string,
): Pick<HmppsRecords, 'probation' | 'licenceConditions' | 'risk'> {
  return {
    probation: {
      nominalId,
      crn,
      status: 'PRE_RELEASE',
      probationRegion: 'North West',
      offenderManager: 'Harriet Quillfeather',
      team: 'Liverpool North PDU, Team 2',
      supervisionType: 'LICENCE',
      startDate: '2027-05-12',
      endDate: '2033-08-12',
    },
    licenceConditions: [
      {
        nominalId,
        conditionType: 'NON_ASSOCIATION',
        description:
          'Not to associate with any person known to be a member of the organised crime group named by the police, without the prior approval of the supervising officer.',
      },
      {
        nominalId,
        conditionType: 'EXCLUSION_ZONE',
        description:
          'Not to enter the area of Liverpool North shown on the map attached to this order without the prior approval of the supervising officer.',
      },
      {
        nominalId,
        conditionType: 'DEVICE_RESTRICTION',
        description:
          'Not to possess more than one mobile phone or SIM card, and to give its number to the supervising officer.',
      },
      {
        nominalId,
        conditionType: 'CURFEW',
        description:
          'To stay at the approved address between 19:00 and 07:00 daily, monitored by an electronic tag.',
      },
    ],
    risk: {
      nominalId,
      mappaLevel: 2,
      mappaCategory: 2,
      roshLevel: 'HIGH',
      assessedOn: '2023-12-18',
    },
  };
}
