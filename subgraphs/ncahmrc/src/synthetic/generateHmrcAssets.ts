import { type Random, SURNAMES } from '@marsoc/platform';
import {
  ACCOUNT_KINDS,
  CRYPTO_KINDS,
  PLACE_SUFFIXES,
  PROPERTY_KINDS,
  VEHICLE_KINDS,
} from './fictionalNames';
import {
  type HmrcAssetRow,
  type HmrcAssetType,
} from '../repository/HmrcRepository';
import { LATEST_YEAR, pickDate } from './dates';

const ASSET_TYPES: readonly HmrcAssetType[] = [
  'PROPERTY',
  'VEHICLE',
  'BANK_ACCOUNT',
  'CRYPTO',
];

/** Estimated values, whole pounds, by asset type. */
const VALUE_RANGES: Readonly<Record<HmrcAssetType, readonly [number, number]>> =
  {
    PROPERTY: [140000, 950000],
    VEHICLE: [6000, 95000],
    BANK_ACCOUNT: [1500, 240000],
    CRYPTO: [1000, 400000],
  };

/**
 * Assets HMRC links to a nominal. NOM-00001 always has a property and a vehicle
 * (seed 002 L788: properties worth more than GBP 1m against little declared).
 */
export function generateHmrcAssets(
  random: Random,
  nominalId: string,
  wellKnown: boolean,
): HmrcAssetRow[] {
  const types: HmrcAssetType[] = wellKnown
    ? ['PROPERTY', 'PROPERTY', 'VEHICLE']
    : Array.from({ length: random.pick([0, 1, 1, 2, 3, 4]) }, () =>
        random.pick(ASSET_TYPES),
      );
  return types.map((assetType) => {
    const [low, high] = VALUE_RANGES[assetType];
    return {
      nominalId,
      assetType,
      description: describeAsset(random, assetType),
      estimatedValue: random.integer(low / 500, high / 500) * 500,
      acquiredOn: pickDate(random, 2008, LATEST_YEAR),
    };
  });
}

function describeAsset(random: Random, assetType: HmrcAssetType): string {
  switch (assetType) {
    case 'PROPERTY':
      return `${random.pick(PROPERTY_KINDS)}, ${random.pick(SURNAMES)}${random.pick(PLACE_SUFFIXES)}`;
    case 'VEHICLE':
      return random.pick(VEHICLE_KINDS);
    case 'BANK_ACCOUNT':
      return `${random.pick(ACCOUNT_KINDS)}, ${random.pick(SURNAMES)} Mutual Building Society`;
    case 'CRYPTO':
      return random.pick(CRYPTO_KINDS);
  }
}
