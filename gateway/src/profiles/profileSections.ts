/**
 * The sections of a Subject Profile, in the order an analyst reads them (the
 * master-list entry and cohort first, then each agency's record). Each names
 * a path into the `nominal` of createProfileOperation; the owner, category
 * and classification come from the supergraph's markings, never from here.
 */
export interface SectionDefinition {
  title: string;
  path: readonly string[];
}

export const PROFILE_SECTIONS: readonly SectionDefinition[] = [
  { title: 'Master list entry', path: ['apmis'] },
  { title: 'MARSOC cohort', path: ['cohort'] },
  { title: 'SOC threat assessments', path: ['socThreats'] },
  { title: 'Disruptions', path: ['disruptions'] },
  { title: 'Police: identity', path: ['police', 'identity'] },
  { title: 'Police: warning markers', path: ['police', 'warningMarkers'] },
  { title: 'Police: convictions', path: ['police', 'convictions'] },
  { title: 'Police: arrests', path: ['police', 'arrests'] },
  {
    title: 'Police: intelligence reports',
    path: ['police', 'intelligenceReports'],
  },
  { title: 'Police: OCG affiliations', path: ['police', 'ocgAffiliations'] },
  { title: 'Police: addresses', path: ['police', 'addresses'] },
  { title: 'Police: vehicles', path: ['police', 'vehicles'] },
  { title: 'Prison custody', path: ['custody'] },
  { title: 'Probation', path: ['probation'] },
  { title: 'HMRC', path: ['hmrc'] },
  { title: 'HMRC investigations', path: ['hmrcInvestigations'] },
  { title: 'NCA', path: ['nca'] },
  { title: 'NCA deconfliction', path: ['ncaDeconfliction'] },
];
