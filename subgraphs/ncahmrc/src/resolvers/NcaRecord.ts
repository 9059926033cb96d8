import { type NcaHmrcContext } from '../context';
import {
  type NcaCovertInterestRow,
  type NcaDeconflictionRow,
  type NcaOcgTieringRow,
  type NcaRecordRow,
  type NcaSuspiciousActivityReportRow,
} from '../repository/NcaRepository';

/**
 * The NCA record's parts, each loaded by nominal id. The covert interest is only
 * loaded when the enforcement lets the resolver run at all: under NCND it never
 * touches the store, so its timing says nothing either.
 */
export const NcaRecord = {
  ocgTiering(
    record: NcaRecordRow,
    _args: unknown,
    context: NcaHmrcContext,
  ): Promise<NcaOcgTieringRow | null> {
    return context.loaders.ocgTiering.load(record.nominalId);
  },
  suspiciousActivityReports(
    record: NcaRecordRow,
    _args: unknown,
    context: NcaHmrcContext,
  ): Promise<NcaSuspiciousActivityReportRow[]> {
    return context.loaders.suspiciousActivityReports.load(record.nominalId);
  },
  covertInterest(
    record: NcaRecordRow,
    _args: unknown,
    context: NcaHmrcContext,
  ): Promise<NcaCovertInterestRow | null> {
    return context.loaders.covertInterest.load(record.nominalId);
  },
  deconfliction(
    record: NcaRecordRow,
    _args: unknown,
    context: NcaHmrcContext,
  ): Promise<NcaDeconflictionRow | null> {
    return context.loaders.deconfliction.load(record.nominalId);
  },
};
