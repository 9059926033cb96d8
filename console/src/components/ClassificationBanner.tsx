import { classificationLabel } from '../model/labels';

/**
 * The page's highest classification, printed at its top and bottom as a
 * protectively marked document would be. Nothing shown yet: OFFICIAL.
 */
export function ClassificationBanner(props: {
  classification: string | undefined;
  position: 'top' | 'bottom';
}) {
  const classification = props.classification ?? 'OFFICIAL';
  return (
    <div
      class={`banner banner-${classification.toLowerCase()}`}
      data-testid={`banner-${props.position}`}
      role="note"
    >
      {classificationLabel(classification)}
    </div>
  );
}
