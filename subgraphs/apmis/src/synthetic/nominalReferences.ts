import { type SyntheticNominal } from '@marsoc/platform';
import { REGIONAL_UNITS } from './owningUnits';

/** The nominal's number without the `NOM-` prefix: `NOM-00001` gives `00001`. */
export function readNominalNumber(nominalId: string): string {
  return nominalId.replace(/^NOM-/, '');
}

/** The master-list reference: `APMIS/NW/00001` (project-defined format). */
export function formatApmisReference(nominal: SyntheticNominal): string {
  return `APMIS/${REGIONAL_UNITS[nominal.region].code}/${readNominalNumber(nominal.id)}`;
}

/** `THR-00001-1`: the nominal's number, then the threat's position. */
export function formatThreatId(nominalId: string, position: number): string {
  return `THR-${readNominalNumber(nominalId)}-${position}`;
}

/** `DSR-00001-01`: the nominal's number, then the disruption's position by date. */
export function formatDisruptionId(
  nominalId: string,
  position: number,
): string {
  return `DSR-${readNominalNumber(nominalId)}-${String(position).padStart(2, '0')}`;
}
