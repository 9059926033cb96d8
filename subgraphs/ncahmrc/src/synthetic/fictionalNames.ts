/**
 * Word lists for the synthetic NCA and HMRC records. Everything built from them
 * is made up: company, group and operation names are whimsical on purpose, so
 * no one mistakes a seeded record for a real one.
 */

/** Trades for fictional companies (seed 002 L787: a block-paving business). */
export const BUSINESS_TRADES = [
  'Block Paving',
  'Hand Car Wash',
  'Scrap Metal Recycling',
  'Property Lettings',
  'Nail Bar',
  'Vape and Phone Repairs',
  'Haulage',
  'Barbering',
  'Used Cars',
  'Door Security',
  'Tanning Studio',
  'Groundworks',
] as const;

/** Endings that turn a surname into a fictional place (Wickerby-on-Sea). */
export const PLACE_SUFFIXES = [
  ' Green',
  ' End',
  ' Magna',
  ' Parva',
  '-on-Sea',
  ' Heath',
] as const;

export const PROPERTY_KINDS = [
  'Three-bedroom semi-detached house',
  'Two-bedroom flat',
  'Detached house with paddock',
  'Terraced house (let to tenants)',
  'Commercial unit',
  'Static caravan plot',
] as const;

export const VEHICLE_KINDS = [
  'Black four-by-four, 2021 registration',
  'White panel van, 2019 registration',
  'Silver saloon, 2022 registration',
  'Red sports coupe, 2020 registration',
  'Flatbed tipper truck, 2018 registration',
] as const;

export const ACCOUNT_KINDS = [
  'Current account',
  'Business account',
  'Instant-access savings account',
] as const;

export const CRYPTO_KINDS = [
  'Bitcoin wallet held on an overseas exchange',
  'Stablecoin balance in a self-hosted wallet',
  'Mixed cryptoasset portfolio on a UK-registered exchange',
] as const;

/** Group-name endings for fictional organised crime groups. */
export const GROUP_ENDINGS = [
  'network',
  'firm',
  'family',
  'crew',
  'syndicate',
] as const;

/** Codewords for fictional NCA operations. */
export const OPERATION_CODEWORDS = [
  'TEACOSY',
  'CRUMPET',
  'BANDSTAND',
  'WINDMILL',
  'PARASOL',
  'HOPSCOTCH',
  'DOORSTOP',
  'MOLEHILL',
  'SUNDIAL',
  'TEASPOON',
  'BOBBIN',
  'THIMBLE',
  'PORRIDGE',
  'GARDEN GNOME',
] as const;

export const NCA_COMMANDS = [
  'NCA Investigations',
  'NCA Intelligence',
  'NCA Border Policing Command',
  'National Economic Crime Centre',
] as const;
