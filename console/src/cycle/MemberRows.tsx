import { Agency, Vetting } from '@marsoc/schema/vocabulary';

/** A standing member as the hub's roster names them (MeetingMemberInput). */
export interface MemberDraft {
  sub: string;
  name: string;
  agency: string;
  unit: string;
  vetting: string;
}

export const BLANK_MEMBER: MemberDraft = {
  sub: '',
  name: '',
  agency: 'POLICE',
  unit: '',
  vetting: 'NPPV3',
};

const TEXT_PARTS = [
  ['sub', 'Subject (identity provider)'],
  ['name', 'Name'],
  ['unit', 'Unit'],
] as const;

/**
 * The standing members of a meeting being scheduled, a row each (E498): the
 * chair is whoever schedules it, so is not listed. The vetting entered is
 * the roster's, which the forum checks for an SRO (SC, E793).
 */
export function MemberRows(props: {
  members: readonly MemberDraft[];
  onChange: (members: MemberDraft[]) => void;
}) {
  const update = (index: number, part: keyof MemberDraft, value: string) =>
    props.onChange(
      props.members.map((member, at) =>
        at === index ? { ...member, [part]: value } : member,
      ),
    );
  const read = (event: Event) =>
    (event.target as HTMLInputElement | HTMLSelectElement).value;
  return (
    <fieldset data-testid="member-rows">
      <legend>Standing members</legend>
      {props.members.map((member, index) => (
        <div class="member-row" key={index} data-testid="member-row">
          {TEXT_PARTS.map(([part, label]) => (
            <label key={part}>
              {label}
              <input
                name={`member-${part}`}
                required
                value={member[part]}
                onInput={(event) => update(index, part, read(event))}
              />
            </label>
          ))}
          <label>
            Agency
            <select
              name="member-agency"
              value={member.agency}
              onChange={(event) => update(index, 'agency', read(event))}
            >
              {Agency.values.map((agency) => (
                <option key={agency}>{agency}</option>
              ))}
            </select>
          </label>
          <label>
            Vetting
            <select
              name="member-vetting"
              value={member.vetting}
              onChange={(event) => update(index, 'vetting', read(event))}
            >
              {Vetting.values.map((level) => (
                <option key={level}>{level}</option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={() =>
              props.onChange(props.members.filter((_, at) => at !== index))
            }
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        data-testid="add-member"
        onClick={() => props.onChange([...props.members, BLANK_MEMBER])}
      >
        Add member
      </button>
    </fieldset>
  );
}
