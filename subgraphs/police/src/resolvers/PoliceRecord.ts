import { type PoliceContext } from '../context';
import { type PoliceNominalRow } from '../repository/PoliceRepository';

type RecordField = (
  record: PoliceNominalRow,
  _args: unknown,
  context: PoliceContext,
) => unknown;

/** Every list of the record is one loader call keyed by the nominal. */
export const PoliceRecord: Record<string, RecordField> = {
  identity: (record) => record,
  warningMarkers: (record, _args, context) =>
    context.loaders.warningMarkers.load(record.nominalId),
  arrests: (record, _args, context) =>
    context.loaders.arrests.load(record.nominalId),
  convictions: (record, _args, context) =>
    context.loaders.convictions.load(record.nominalId),
  intelligenceReports: (record, _args, context) =>
    context.loaders.intelligenceReports.load(record.nominalId),
  ocgAffiliations: (record, _args, context) =>
    context.loaders.ocgAffiliations.load(record.nominalId),
  vehicles: (record, _args, context) =>
    context.loaders.vehicles.load(record.nominalId),
  addresses: (record, _args, context) =>
    context.loaders.addresses.load(record.nominalId),
};
