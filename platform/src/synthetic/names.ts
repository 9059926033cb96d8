/**
 * Obviously made-up English names: real-sounding enough to read, fictional by
 * construction. No record in this system describes a real person.
 */
export const FORENAMES = [
  'Alfie', 'Barnaby', 'Cedric', 'Desmond', 'Ellis', 'Fergus', 'Gideon', 'Horace',
  'Ivor', 'Jasper', 'Kenelm', 'Lionel', 'Monty', 'Neville', 'Ossian', 'Percival',
  'Quentin', 'Rufus', 'Septimus', 'Tobias', 'Ulric', 'Vernon', 'Wilfred', 'Xander',
  'Ambrose', 'Bartholomew', 'Clement', 'Digby', 'Erskine', 'Florian',
  'Gwendolyn', 'Harriet', 'Imogen', 'Juniper', 'Kestrel', 'Lavinia', 'Marigold',
  'Nerys', 'Ottilie', 'Philippa', 'Rosalind', 'Tamsin', 'Wren', 'Zinnia',
] as const;

export const SURNAMES = [
  'Ashgrove', 'Bramblecombe', 'Cobbleworth', 'Dunnock', 'Eddlestone', 'Fernhollow',
  'Gorsebrook', 'Hazelmere', 'Inkwell', 'Juniperfield', 'Kettlewood', 'Larkspur',
  'Marrowby', 'Nettlefold', 'Oakenshaw', 'Pebblecroft', 'Quillfeather', 'Rookwood',
  'Sloeberry', 'Thistledown', 'Umberfield', 'Vetchley', 'Wickerby', 'Yarrowdale',
  'Applethwaite', 'Buttercross', 'Crumblehorn', 'Dapplegate', 'Elderbank', 'Foxglove',
  'Gristlethorpe', 'Hollyhock', 'Ivybridge-Smythe', 'Jollyboat', 'Knapweed', 'Mudlark',
] as const;

/** Street-name nicknames used as aliases. */
export const NICKNAMES = [
  'Biscuit', 'Tinker', 'Magpie', 'Spanner', 'Dodger', 'Ghost', 'Rook', 'Sparrow',
  'Kipper', 'Crumpet', 'Badger', 'Weasel',
] as const;
