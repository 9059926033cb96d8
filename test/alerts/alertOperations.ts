import { callerOf } from '../helpers/personas';

/**
 * The writes that raise alerts, as the alert tests make them through the
 * gateway (issue 13 point 5): a police emergency nomination in the North
 * West, the Regional Lead's acceptance naming the nca-officer persona as the
 * SRO, and HMPPS's notice of a custody transfer within the region.
 */
const mutation = (field: string, inputType: string, selection: string) =>
  `mutation ($input: ${inputType}!) { ${field}(input: $input) { ${selection} } }`;

export const EMERGENCY_NOMINATION = mutation(
  'nominateInEmergency',
  'CohortEmergencyNominationInput',
  'status',
);
export const DECIDE_EMERGENCY = mutation(
  'decideEmergencyNomination',
  'CohortEmergencyDecisionInput',
  'status forumDecision { seniorResponsibleOfficer }',
);
export const NOTIFY_CUSTODY_MOVEMENT = mutation(
  'notifyCustodyMovement',
  'CustodyMovementNoticeInput',
  'nominalId movement',
);

const ncaOfficer = callerOf('nca-officer');
/**
 * The nca-officer persona as the SRO named on acceptance ("name, unit" is
 * how APMIS addresses them): NCA, for whom HMPPS's agreement is unsigned, so
 * the register keeps a custody movement's detail from them.
 */
export const NCA_SRO = {
  name: ncaOfficer.name,
  unit: ncaOfficer.unit,
  vetting: 'SC',
};

/** Where the transfer goes from and to: both North West establishments. */
export const TRANSFER = {
  fromEstablishment: 'HMP Altcourse',
  toEstablishment: 'HMP Risley',
};

export function emergencyNominationOf(nominalId: string) {
  return {
    input: {
      nominalId,
      region: 'NORTH_WEST',
      cycle: 9,
      supervisionStatus: 'CUSTODY',
      mandatoryCriteriaMet: ['HIGHEST_HARM', 'CURRENT_SOC_ACTIVITY'],
      reason: 'Released on licence in six days; supply line active',
      clientRequestId: `alert-emergency-${nominalId}`,
    },
  };
}

/** The Regional Lead's acceptance of the emergency nomination, naming `sro` (NCA_SRO). */
export function acceptanceNamingSroOf(
  nominalId: string,
  sro: { name: string; unit: string; vetting: string } = NCA_SRO,
) {
  return {
    input: {
      nominalId,
      decision: 'ACCEPT',
      reason: 'Release next week; the disruption cannot wait for the PSF',
      cycle: 9,
      seniorResponsibleOfficer: sro,
      leadAgency: 'NCA',
      supportingAgencies: ['HMPPS'],
      strategicObjectives: ['Disrupt the supply line on release'],
      clientRequestId: `alert-accept-${nominalId}`,
    },
  };
}

/** HMPPS's notice that the nominal moved from TRANSFER's one prison to the other today. */
export function custodyTransferOf(nominalId: string) {
  return {
    input: {
      nominalId,
      movement: 'TRANSFER',
      movedOn: new Date().toISOString().slice(0, 10),
      clientRequestId: `alert-transfer-${nominalId}`,
      ...TRANSFER,
    },
  };
}
