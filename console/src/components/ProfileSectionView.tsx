import { type ConsoleConfig } from '@marsoc/schema/wire';
import {
  collectClassifications,
  highestClassification,
} from '../model/classification';
import { agencyName, classificationLabel, humanise } from '../model/labels';
import { type ProfileSection } from '../model/profileSections';
import { DisclosureCards, type RequestContext } from './DisclosureCards';
import { IntelligenceReports } from './IntelligenceReports';
import { ValueView } from './ValueView';

/** One agency's section: its owner, its classification, its values and cards. */
export function ProfileSectionView(props: {
  section: ProfileSection;
  config: ConsoleConfig;
  /** Lets a held or withheld card raise a request; absent, it only says whom to ask. */
  request?: RequestContext;
}) {
  const { section, config } = props;
  const summarised = new Set(section.disclosure?.summarised ?? []);
  const classification = highestClassification(
    collectClassifications(
      Object.fromEntries([
        ['__typename', 'Nominal'],
        ...section.fields.map((field) => [field.name, field.value]),
      ]),
      config.markings,
      config.classifications,
    ),
    config.classifications,
  );
  return (
    <section class="agency" data-testid={`section-${section.owner}`}>
      <header>
        <h3>{agencyName(section.owner)}</h3>
        <span>Owner: {section.owner}</span>
        {classification && (
          <span class="marking" data-testid="section-classification">
            {classificationLabel(classification)}
          </span>
        )}
      </header>
      {section.fields.map((field) => (
        <div key={field.name} class="field-group">
          <h4>
            {humanise(field.name)}
            {summarised.has(field.marking.category) && (
              <span class="summary-badge" data-testid="summary-badge">
                Summary
              </span>
            )}
          </h4>
          <FieldValue name={field.name} value={field.value} />
        </div>
      ))}
      {section.disclosure && (
        <DisclosureCards
          disclosure={section.disclosure}
          request={props.request}
        />
      )}
    </section>
  );
}

function FieldValue(props: { name: string; value: unknown }) {
  if (
    props.name === 'police' &&
    typeof props.value === 'object' &&
    props.value
  ) {
    const { intelligenceReports, ...rest } = props.value as Record<
      string,
      unknown
    >;
    return (
      <>
        <ValueView value={rest} />
        {Array.isArray(intelligenceReports) &&
          intelligenceReports.length > 0 && (
            <>
              <h4>Intelligence reports</h4>
              <IntelligenceReports reports={intelligenceReports} />
            </>
          )}
      </>
    );
  }
  return <ValueView value={props.value} />;
}
