import {
  addDays,
  FORENAMES,
  pickDateBetween,
  type Random,
  SNAPSHOT_DATE,
  SURNAMES,
  type SyntheticNominal,
} from '@marsoc/platform';
import { type PrisonVisitType } from '../repository/codes';
import {
  type PrisonPhoneContactRow,
  type PrisonVisitRow,
} from '../repository/HmppsRepository';
import { type Stay } from './createCustodyJourney';

export interface ContactRecords {
  visits: PrisonVisitRow[];
  phoneContacts: PrisonPhoneContactRow[];
}

interface Contact {
  name: string;
  relationship: string;
  phoneNumber: string;
}

const FAMILY = [
  'Partner',
  'Mother',
  'Father',
  'Brother',
  'Sister',
  'Son',
  'Daughter',
  'Cousin',
] as const;

/** A number in Ofcom's range reserved for drama (07700 900000–900999): never a real line. */
export function createDramaPhoneNumber(random: Random): string {
  return `07700 900${String(random.integer(0, 999)).padStart(3, '0')}`;
}

function createContact(random: Random, nominal: SyntheticNominal): Contact {
  const relationship = random.chance(0.7) ? random.pick(FAMILY) : 'Friend';
  const sharesSurname = relationship !== 'Friend' && relationship !== 'Partner';
  const surname = sharesSurname ? nominal.surname : random.pick(SURNAMES);
  return {
    name: `${random.pick(FORENAMES)} ${surname}`,
    relationship,
    phoneNumber: createDramaPhoneNumber(random),
  };
}

function createVisit(
  random: Random,
  nominalId: string,
  circle: readonly Contact[],
  since: string,
): PrisonVisitRow {
  const roll = random.next();
  const visitType: PrisonVisitType =
    roll < 0.65
      ? 'SOCIAL'
      : roll < 0.75
        ? 'CLOSED'
        : roll < 0.9
          ? 'LEGAL'
          : 'OFFICIAL';
  const visitDate = pickDateBetween(random, since, SNAPSHOT_DATE);
  const stranger = `${random.pick(FORENAMES)} ${random.pick(SURNAMES)}`;
  if (visitType === 'LEGAL')
    return {
      nominalId,
      visitDate,
      visitorName: stranger,
      relationship: 'Solicitor',
      visitType,
    };
  if (visitType === 'OFFICIAL') {
    const relationship = random.chance(0.5)
      ? 'Police officer'
      : 'Offender manager';
    return {
      nominalId,
      visitDate,
      visitorName: stranger,
      relationship,
      visitType,
    };
  }
  const visitor = random.pick(circle);
  return {
    nominalId,
    visitDate,
    visitorName: visitor.name,
    relationship: visitor.relationship,
    visitType,
  };
}

/**
 * Visits in the last six months at the current establishment, and the PIN
 * phone list: the nominal's circle of family and friends (most approved, some
 * not) and, sometimes, a solicitor. Only for someone held in prison now.
 */
export function createContactRecords(
  random: Random,
  nominal: SyntheticNominal,
  current: Stay,
): ContactRecords {
  const circle = Array.from({ length: random.integer(2, 4) }, () =>
    createContact(random, nominal),
  );
  const since =
    current.arrived > addDays(SNAPSHOT_DATE, -180)
      ? current.arrived
      : addDays(SNAPSHOT_DATE, -180);
  const visits = Array.from({ length: random.integer(1, 5) }, () =>
    createVisit(random, nominal.id, circle, since),
  );
  const phoneContacts: PrisonPhoneContactRow[] = circle.map((contact) => ({
    nominalId: nominal.id,
    phoneNumber: contact.phoneNumber,
    contactName: contact.name,
    relationship: contact.relationship,
    approved: random.chance(0.85),
  }));
  if (random.chance(0.4)) {
    phoneContacts.push({
      nominalId: nominal.id,
      phoneNumber: createDramaPhoneNumber(random),
      contactName: `${random.pick(FORENAMES)} ${random.pick(SURNAMES)}`,
      relationship: 'Solicitor',
      approved: true,
    });
  }
  return { visits, phoneContacts };
}
