/** One sample of the Prometheus text format. */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Every sample in a scrape (comments skipped); label values unescaped. */
export function readSamples(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (match === null) throw new Error(`not a sample: ${line}`);
    const [, name = '', labelText = '', value = ''] = match;
    const labels: Record<string, string> = {};
    for (const label of labelText.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g))
      labels[label[1] ?? ''] = JSON.parse(`"${label[2] ?? ''}"`) as string;
    samples.push({ name, labels, value: Number(value) });
  }
  return samples;
}

/** The families a scrape declares (`# TYPE` lines). */
export function readFamilies(text: string): Set<string> {
  return new Set(
    [...text.matchAll(/^# TYPE (\S+) /gm)].map((match) => match[1] ?? ''),
  );
}

/** The value of the one sample of `name` carrying (at least) `labels`; the sum if several. */
export function valueOf(
  samples: readonly Sample[],
  name: string,
  labels: Record<string, string> = {},
): number {
  return samples
    .filter(
      (sample) =>
        sample.name === name &&
        Object.entries(labels).every(
          ([key, value]) => sample.labels[key] === value,
        ),
    )
    .reduce((sum, sample) => sum + sample.value, 0);
}
