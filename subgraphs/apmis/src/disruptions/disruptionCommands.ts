import { type CohortRequest } from '../workflow/runCohortChange';
import { readToday } from '../workflow/InputReader';
import {
  type CycleStores,
  findLeadProblem,
  refuseUnlessLead,
  runCycleChange,
} from '../workflow/runCycleChange';
import {
  parseDisruption,
  parseFlagBackFill,
  parseModeration,
} from './parseDisruptionInputs';

type Input = Readonly<Record<string, unknown>>;

/** Disruptions are the nominal's APMIS record: a write needs it released in full. */
const DISRUPTIONS = 'Nominal.disruptions';

/**
 * A disruption recorded through the gateway by a team without APMIS access or
 * by HMPPS (seed 000 E545, E547), awaiting the hub's moderation. The recording
 * agency is the caller's, and must have led or supported it: forces record
 * the disruptions they led, ROCUs those they supported too (seed 003 A:872).
 * The record date sits beside the event date (seed 003 A:881).
 */
export async function recordDisruption(
  stores: CycleStores,
  request: CohortRequest,
  input: Input,
): Promise<string> {
  return runCycleChange(stores, request, {
    operation: 'RECORD_DISRUPTION',
    writes: DISRUPTIONS,
    input,
    parsed: parseDisruption(input, request.now),
    async apply(value, problems) {
      const { caller } = request;
      const region = await stores.cohort.findMasterListRegion(value.nominalId);
      if (region === null)
        problems.addInput(`${value.nominalId} is not on the SOC master list.`);
      else if (!caller.regions.includes(region))
        problems.addCaller(
          `You may record disruptions only against nominals of your own regions (${caller.regions.join(', ') || 'none'}).`,
        );
      if (
        caller.agency !== value.leadAgency &&
        !value.supportingAgencies.includes(caller.agency)
      )
        problems.addInput(
          `Your agency (${caller.agency}) must be the lead or a supporting agency of a disruption it records.`,
        );
      problems.throwIfAny();
      const { clientRequestId: _, ...disruption } = value;
      return await stores.cycle.insertDisruptionRecord({
        ...disruption,
        region: region ?? 'NORTH_WEST',
        recordedOn: readToday(request.now),
        recordingAgency: caller.agency,
        recordedBy: caller.sub,
      });
    },
  });
}

/**
 * The hub moderates a recorded disruption onto APMIS, or rejects it with a
 * reason (seed 000 E569, E816-E820: disruptions moderated, by agency). The
 * moderator is a Regional Lead of the nominal's region, and never the person
 * who recorded it.
 */
export async function moderateDisruption(
  stores: CycleStores,
  request: CohortRequest,
  input: Input,
): Promise<string> {
  return runCycleChange(stores, request, {
    operation: 'MODERATE_DISRUPTION',
    writes: DISRUPTIONS,
    input,
    parsed: parseModeration(input),
    async apply(value, problems) {
      refuseUnlessLead(request, problems, 'moderate a disruption');
      const record = await stores.cycle.findDisruptionRecord(value.recordId);
      // An unknown record and one in another region read the same.
      if (
        record === null ||
        findLeadProblem(request, record.region, 'moderate') !== null
      ) {
        problems.addInput(
          `There is no disruption record ${value.recordId} awaiting your moderation.`,
        );
        problems.throwIfAny();
        return value.recordId;
      }
      if (record.recordedBy === request.caller.sub)
        problems.addCaller('You may not moderate a disruption you recorded.');
      if (record.status !== 'RECORDED')
        problems.addState(
          `${value.recordId} is already ${record.status}; it is moderated once.`,
        );
      problems.throwIfAny();
      const moderated = {
        moderatedBy: request.caller.sub,
        moderatedAt: request.now,
      };
      if (value.decision === 'REJECT') {
        await stores.cycle.moderateDisruptionRecord(record.id, {
          ...moderated,
          status: 'REJECTED',
          rejectionReason: value.reason,
          disruptionId: null,
        });
        return record.id;
      }
      const disruptionId = await stores.cycle.insertApmisDisruption(record);
      await stores.cycle.moderateDisruptionRecord(record.id, {
        ...moderated,
        status: 'MODERATED',
        rejectionReason: null,
        disruptionId,
      });
      return record.id;
    },
  });
}

/**
 * Back-fills the MARSOC flag on a disruption already on APMIS: the seed's
 * figures count only MARSOC-flagged ones and may change "due to record
 * conversion / reconciliation and back-filling" (E547). Each change is kept
 * with who made it, when and why; only a Regional Lead of the nominal's
 * region makes it.
 */
export async function backFillMarsocFlag(
  stores: CycleStores,
  request: CohortRequest,
  input: Input,
): Promise<string> {
  return runCycleChange(stores, request, {
    operation: 'BACK_FILL_FLAG',
    writes: DISRUPTIONS,
    input,
    parsed: parseFlagBackFill(input),
    async apply(value, problems) {
      refuseUnlessLead(request, problems, 'back-fill the MARSOC flag');
      const disruption = await stores.cycle.findApmisDisruption(
        value.disruptionId,
      );
      const region =
        disruption === null
          ? null
          : await stores.cohort.findMasterListRegion(disruption.nominalId);
      // An unknown disruption and one in another region read the same.
      if (
        disruption === null ||
        region === null ||
        findLeadProblem(request, region, 'back-fill') !== null
      ) {
        problems.addInput(
          `There is no APMIS disruption ${value.disruptionId} in your regions.`,
        );
        problems.throwIfAny();
        return value.disruptionId;
      }
      if (disruption.marsocFlag === value.marsocFlag)
        problems.addInput(
          `${value.disruptionId} is already ${value.marsocFlag ? '' : 'not '}flagged MARSOC.`,
        );
      problems.throwIfAny();
      await stores.cycle.setMarsocFlag({
        disruptionId: disruption.id,
        nominalId: disruption.nominalId,
        fromFlag: disruption.marsocFlag,
        toFlag: value.marsocFlag,
        changedBy: request.caller.sub,
        changedByAgency: request.caller.agency,
        changedAt: request.now,
        reason: value.reason,
      });
      return disruption.id;
    },
  });
}
