import { useState } from 'preact/hooks';
import { type ConsoleConfig } from '@marsoc/schema/wire';
import { type Caller, type Session } from '../api/types';
import { DisruptionsPanel } from '../cycle/DisruptionsPanel';
import { MeetingsPanel } from '../cycle/MeetingsPanel';
import { NominationPanel } from '../cycle/NominationPanel';
import { TransfersPanel } from '../cycle/TransfersPanel';
import { RegionCyclePicker } from '../cycle/RegionCyclePicker';

type Part = 'meetings' | 'nominations' | 'transfers' | 'disruptions';

const PARTS: { part: Part; label: string }[] = [
  { part: 'meetings', label: 'Meetings' },
  { part: 'nominations', label: 'Nominations and actions' },
  { part: 'transfers', label: 'Transfers' },
  { part: 'disruptions', label: 'Disruptions' },
];

/**
 * The MARSOC cycle as a hub runs it (issue 13, docs/marsoc-cycle.md): the
 * region and cycle in view, then its meetings, nominations and hand-offs,
 * transfers and disruptions, each a part of its own.
 */
export function CycleScreen(props: {
  config: ConsoleConfig;
  session: Session;
  caller: Caller;
}) {
  const [part, setPart] = useState<Part>('meetings');
  const [region, setRegion] = useState(props.caller.regions[0] ?? '');
  const [cycle, setCycle] = useState(1);
  return (
    <div data-testid="cycle">
      <h2>The MARSOC cycle</h2>
      <nav class="cycle-parts">
        {PARTS.map((each) => (
          <button
            key={each.part}
            type="button"
            data-testid={`cycle-${each.part}`}
            aria-pressed={part === each.part}
            onClick={() => setPart(each.part)}
          >
            {each.label}
          </button>
        ))}
      </nav>
      <RegionCyclePicker
        regions={props.caller.regions}
        region={region}
        cycle={cycle}
        onRegion={setRegion}
        onCycle={setCycle}
      />
      {part === 'meetings' && (
        <MeetingsPanel
          key={`${region}-${cycle}`}
          config={props.config}
          session={props.session}
          caller={props.caller}
          region={region}
          cycle={cycle}
        />
      )}
      {part === 'nominations' && (
        <NominationPanel
          key={region}
          config={props.config}
          session={props.session}
          caller={props.caller}
          region={region}
          cycle={cycle}
        />
      )}
      {part === 'transfers' && (
        <TransfersPanel
          key={region}
          config={props.config}
          session={props.session}
          caller={props.caller}
          region={region}
        />
      )}
      {part === 'disruptions' && (
        <DisruptionsPanel
          key={region}
          config={props.config}
          session={props.session}
          caller={props.caller}
          region={region}
        />
      )}
    </div>
  );
}
