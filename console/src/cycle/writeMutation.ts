/** A cycle mutation of one `input` argument, answering `selection`. */
export function writeMutation(
  field: string,
  inputType: string,
  selection: string,
): string {
  return `mutation ($input: ${inputType}!) { ${field}(input: $input) { ${selection} } }`;
}
