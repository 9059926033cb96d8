/**
 * The one operation every Subject Profile export runs, as the caller, through
 * the gateway's own Apollo server: each owner enforces and audits it exactly
 * as it would the caller's own query, so a document can hold nothing the caller
 * could not have read. It asks for the whole record an analyst builds a
 * Subject Profile from (seed 000 around lines 180-200, Table B1); the
 * associates network is left to the console's own view.
 */
import { type ProfileFormat } from './ProfileDocument';

/**
 * The operation's name carries the format (SubjectProfileExportPdf), so every
 * owner's audit record of the fetch says what kind of document it fed.
 */
export function describeExportOperationName(format: ProfileFormat): string {
  return `SubjectProfileExport${format.charAt(0).toUpperCase()}${format.slice(1)}`;
}

/** The operation text for one format: the same fields, the name differs. */
export function createProfileOperation(format: ProfileFormat): string {
  return createNamedProfileOperation(describeExportOperationName(format));
}

/**
 * The Subject Profile's fields under another operation name, for a document
 * that holds profiles (a forum pack), so the owners' records name that document.
 */
export function createNamedProfileOperation(operationName: string): string {
  return `query ${operationName}${PROFILE_SELECTION}`;
}

const PROFILE_SELECTION = `($id: ID!) {
  nominal(id: $id) {
    id
    apmis { apmisReference name dateOfBirth region owningUnit }
    cohort {
      status region nominatingAgency cycleNominated nominatedOn
      mandatoryCriteriaMet otherCriteriaMet
      forumDecision { decision cycle leadAgency seniorResponsibleOfficer }
      fourPPlan { pursue prevent protect prepare updatedAt }
    }
    socThreats {
      threatType threatArea morileScore morileConfidence tier phase assessedOn
    }
    disruptions { date leadAgency fourP assessment description arrests }
    police {
      identity {
        pncId croNumber forename surname dateOfBirth gender nationality
        aliases { name type }
      }
      warningMarkers { code description dateAdded }
      convictions { convictedOn offence court disposal }
      arrests { arrestedOn offence arrestingForce outcome }
      intelligenceReports {
        reference dateRecorded sourceEvaluation intelligenceAssessment
        handlingCode handlingConditions { kind agencies text }
        originatorAgency classification text
      }
      ocgAffiliations { groupReference groupName role band mappedOn }
      addresses { address type fromDate toDate }
      vehicles { vrm make model colour linkType }
    }
    custody {
      status prisonNumber establishment establishmentRegion securityCategory
      receptionDate earliestReleaseDate licenceExpiryDate
      sentence { offence lengthInMonths sentenceDate sentencingCourt }
      movements { movementDate fromLocation toLocation reason }
      adjudications { adjudicationDate establishment charge finding }
    }
    probation {
      crn status probationRegion offenderManager team supervisionType
      startDate endDate
      risk { mappaLevel mappaCategory roshLevel assessedOn }
    }
    hmrc {
      taxReference
      selfAssessments { taxYear declaredIncome taxDue filedOn }
      directorships { companyName companyNumber role appointedOn resignedOn }
      vatRegistrations { vatNumber tradingName registeredOn status }
      assets { assetType description estimatedValue acquiredOn }
    }
    hmrcInvestigations { reference investigationType openedOn status }
    nca {
      ncaReference
      ocgTiering { groupName tier threatArea nationalPriority assessedOn }
      suspiciousActivityReports { reference submittedOn reportingSector amount reasonCode }
      covertInterest { operationName interestType owningCommand recordedOn }
    }
    ncaDeconfliction { contactBeforeAction route }
  }
}`;
