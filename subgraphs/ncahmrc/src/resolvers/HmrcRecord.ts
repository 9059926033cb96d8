import { type NcaHmrcContext } from '../context';
import {
  type HmrcAssetRow,
  type HmrcDirectorshipRow,
  type HmrcRecordRow,
  type HmrcSelfAssessmentRow,
  type HmrcVatRegistrationRow,
} from '../repository/HmrcRepository';

/** HMRC's lists, each loaded by nominal id; scalars resolve by default. */
export const HmrcRecord = {
  selfAssessments(
    record: HmrcRecordRow,
    _args: unknown,
    context: NcaHmrcContext,
  ): Promise<HmrcSelfAssessmentRow[]> {
    return context.loaders.selfAssessments.load(record.nominalId);
  },
  directorships(
    record: HmrcRecordRow,
    _args: unknown,
    context: NcaHmrcContext,
  ): Promise<HmrcDirectorshipRow[]> {
    return context.loaders.directorships.load(record.nominalId);
  },
  vatRegistrations(
    record: HmrcRecordRow,
    _args: unknown,
    context: NcaHmrcContext,
  ): Promise<HmrcVatRegistrationRow[]> {
    return context.loaders.vatRegistrations.load(record.nominalId);
  },
  assets(
    record: HmrcRecordRow,
    _args: unknown,
    context: NcaHmrcContext,
  ): Promise<HmrcAssetRow[]> {
    return context.loaders.assets.load(record.nominalId);
  },
};
