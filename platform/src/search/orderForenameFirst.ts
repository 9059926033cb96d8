/**
 * The master list prints a name surname first ("MUDLARK, Florian"), and an
 * analyst copies it from there into a search. Search keys read the first word
 * as the forename, so a name written "surname, forenames" (exactly one comma,
 * words either side) is turned round first; any other text is left as it is.
 */
export function orderForenameFirst(name: string): string {
  const parts = name.split(',');
  if (parts.length !== 2) return name;
  const [surname = '', forenames = ''] = parts.map((part) => part.trim());
  if (surname === '' || forenames === '') return name;
  return `${forenames} ${surname}`;
}
