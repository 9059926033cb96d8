/** The region (one of the caller's) and the meeting cycle a cycle screen is about. */
export function RegionCyclePicker(props: {
  regions: readonly string[];
  region: string;
  cycle: number;
  onRegion: (region: string) => void;
  onCycle?: (cycle: number) => void;
}) {
  return (
    <form
      class="inline"
      data-testid="region-cycle"
      onSubmit={(event) => event.preventDefault()}
    >
      <label>
        Region
        <select
          name="region"
          value={props.region}
          onChange={(event) =>
            props.onRegion((event.target as HTMLSelectElement).value)
          }
        >
          {props.regions.map((each) => (
            <option key={each} value={each}>
              {each}
            </option>
          ))}
        </select>
      </label>
      {props.onCycle && (
        <label>
          Cycle
          <input
            type="number"
            name="cycle"
            min={1}
            max={99}
            value={props.cycle}
            onInput={(event) => {
              const cycle = Number((event.target as HTMLInputElement).value);
              if (Number.isInteger(cycle) && cycle > 0) props.onCycle?.(cycle);
            }}
          />
        </label>
      )}
    </form>
  );
}
