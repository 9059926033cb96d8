import { type Random } from '@marsoc/platform';
import { CohortStatus } from '../../repository/apmisVocabulary';
import {
  addDisruption,
  addDisruptionRecord,
  addGrant,
  addMeeting,
  addNominal,
  addNomination,
  addRequest,
  addTpmAction,
  type EmptyStore,
} from './indicatorStore';

type Store = EmptyStore;

const REGIONS = ['NORTH_WEST', 'LONDON', 'WALES'] as const;
const AGENCIES = ['POLICE', 'HMPPS', 'NCA', 'HMRC'] as const;
// Selected twice as often, so the cohort's indicators have a cohort to count.
const STATUSES = [...CohortStatus.values, 'SELECTED'] as const;
const ATTENDANCE = ['PRESENT', 'APOLOGIES', 'ABSENT', 'SILENT_ATTENDEE', null];
const ACTIONS = ['OPEN', 'IN_PROGRESS', 'COMPLETED', 'REJECTED', 'CANCELLED'];
const REASONS = ['THREAT_LEVEL_REDUCED', 'LACK_OF_INTELLIGENCE', 'OTHER'];

/** What the random store holds that hidden records may hang off. */
export interface RandomStore {
  nominals: { id: string; region: string }[];
  selected: { nomination: number; id: string; region: string }[];
  meetings: number[];
}

/** A random cycle's worth of everything the indicators count. */
export function fillRandomStore(store: Store, random: Random): RandomStore {
  const { insert } = store;
  const made: RandomStore = { nominals: [], selected: [], meetings: [] };
  for (let index = 1; index <= random.integer(3, 12); index += 1) {
    const id = `NOM-${String(index).padStart(5, '0')}`;
    const region = random.pick(REGIONS);
    addNominal(insert, id, region);
    made.nominals.push({ id, region });
    const status = random.pick(STATUSES);
    const cycle = random.integer(1, 4);
    const gone = status === 'DESELECTED' || status === 'EXITED';
    const nomination = addNomination(insert, {
      nominal: id,
      region,
      agency: random.pick(AGENCIES),
      cycle,
      status,
      sro: random.chance(0.7) ? `DCI ${id}` : null,
      supporting: random.chance(0.5) ? [random.pick(AGENCIES)] : [],
      deselected: gone ? cycle + random.integer(1, 2) : undefined,
      reason: gone ? random.pick(REASONS) : undefined,
    });
    if (status === 'SELECTED') made.selected.push({ nomination, id, region });
    for (let n = random.integer(0, 2); n > 0; n -= 1)
      addDisruption(insert, {
        nominal: id,
        agency: random.pick(AGENCIES),
        marsoc: random.chance(0.8),
      });
    if (random.chance(0.4)) addGrant(insert, id, random.pick(AGENCIES));
    if (random.chance(0.4))
      addRequest(insert, {
        nominal: id,
        region,
        agency: random.pick(AGENCIES),
        status: random.pick(['APPROVED', 'PARTIALLY_APPROVED', 'DECLINED']),
      });
    if (random.chance(0.3))
      addDisruptionRecord(insert, {
        nominal: id,
        region,
        agency: random.pick(AGENCIES),
        status: 'MODERATED',
      });
  }
  for (const region of REGIONS)
    for (const kind of ['PSF', 'TPM'])
      if (random.chance(0.6)) {
        const members = AGENCIES.filter(() => random.chance(0.7)).map(
          (agency) => ({ agency, attendance: random.pick(ATTENDANCE) }),
        );
        made.meetings.push(
          addMeeting(
            insert,
            { kind, region, cycle: random.integer(1, 4) },
            members,
          ),
        );
      }
  for (const member of made.selected)
    for (let n = random.integer(0, 3); n > 0; n -= 1)
      addTpmAction(insert, {
        nomination: member.nomination,
        nominal: member.id,
        agency: random.pick(AGENCIES),
        status: random.pick(ACTIONS),
        tpm:
          made.meetings.length > 0 && random.chance(0.6)
            ? random.pick(made.meetings)
            : undefined,
      });
  return made;
}

/**
 * Records some callers may not know of: a covert agenda item (only the
 * agencies its raiser named), a transfer awaiting the receiving region (only
 * the two regions), a disruption awaiting moderation or rejected (only its
 * region), and a request not yet decided or withdrawn (only its requester and
 * MARSOC's disclosure officers). Returns how many it added.
 */
export function addHiddenRecords(
  store: Store,
  random: Random,
  made: RandomStore,
): number {
  const { insert } = store;
  let added = 0;
  for (let n = random.integer(1, 4); n > 0; n -= 1) {
    const kind = random.integer(0, 3);
    const nominal = random.pick(made.nominals);
    if (kind === 0 && made.meetings.length > 0) {
      insert('meeting_agenda_item', {
        meeting_id: random.pick(made.meetings),
        kind: 'COVERT',
        nominal_id: random.chance(0.5) ? nominal.id : null,
        title: 'Covert tactic',
        raised_by_sub: 'nca-officer',
        raised_by_agency: 'NCA',
        known_to_agencies: ['NCA'],
      });
    } else if (kind === 1 && made.selected.length > 0) {
      const member = made.selected.splice(
        random.integer(0, made.selected.length - 1),
        1,
      )[0];
      if (member === undefined) continue;
      const to = REGIONS.find((region) => region !== member.region) ?? 'WALES';
      insert('cohort_transfer', {
        nomination_id: member.nomination,
        nominal_id: member.id,
        from_region: member.region,
        to_region: to,
        reason: 'Moved address',
        requested_by: 'lead',
        requested_at: '2024-03-01T10:00:00Z',
        status: 'PENDING',
      });
    } else if (kind === 2) {
      addDisruptionRecord(insert, {
        nominal: nominal.id,
        region: nominal.region,
        agency: random.pick(AGENCIES),
        status: random.pick(['RECORDED', 'REJECTED']),
      });
    } else {
      addRequest(insert, {
        nominal: nominal.id,
        region: nominal.region,
        agency: random.pick(AGENCIES),
        status: random.pick(['PENDING', 'WITHDRAWN', 'EXPIRED']),
      });
    }
    added += 1;
  }
  return added;
}
