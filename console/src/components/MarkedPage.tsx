import { type ComponentChildren } from 'preact';
import { type ConsoleConfig } from '@marsoc/schema/wire';
import {
  collectClassifications,
  highestClassification,
} from '../model/classification';
import { ClassificationBanner } from './ClassificationBanner';

/**
 * A screen between two banners carrying the highest classification of the
 * data it shows (the data passed in, walked through its markings).
 */
export function MarkedPage(props: {
  config: ConsoleConfig;
  data: unknown;
  children: ComponentChildren;
}) {
  const classification = highestClassification(
    collectClassifications(
      props.data,
      props.config.markings,
      props.config.classifications,
    ),
    props.config.classifications,
  );
  return (
    <div class="page">
      <ClassificationBanner classification={classification} position="top" />
      <div class="page-body">{props.children}</div>
      <ClassificationBanner classification={classification} position="bottom" />
    </div>
  );
}
