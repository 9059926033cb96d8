/**
 * The Subject Profile: everything the supergraph holds on a nominal, each
 * selection with `__typename` so the console can find every value's marking.
 * What the caller may not see comes back null with an error saying so (held
 * or withheld), or not at all (neither confirmed nor denied).
 */
export const SUBJECT_PROFILE_QUERY = /* GraphQL */ `
  query SubjectProfile($id: ID!) {
    nominal(id: $id) {
      __typename
      id
      apmis {
        __typename
        apmisReference
        name
        dateOfBirth
        region
        owningUnit
      }
      socThreats {
        __typename
        id
        threatType
        threatArea
        morileScore
        morileConfidence
        tier
        moderationStatus
        owningUnit
        phase
        assessedOn
      }
      disruptions {
        __typename
        id
        date
        leadAgency
        supportingAgencies
        recordingAgency
        fourP
        assessment
        description
        marsocFlag
        arrests
      }
      cohort {
        __typename
        status
        region
        nominatingAgency
        supervisionAtNomination
        cycleNominated
        nominatedOn
        mandatoryCriteriaMet
        otherCriteriaMet
        notPutForwardReason
        forumDecision {
          __typename
          decision
          cycle
          reason
          seniorResponsibleOfficer
          leadAgency
          supportingAgencies
          strategicObjectives
        }
        fourPPlan {
          __typename
          pursue
          prevent
          protect
          prepare
          updatedAt
        }
        tpmActions {
          __typename
          id
          action
          owningAgency
          dueDate
          status
        }
      }
      police {
        __typename
        identity {
          __typename
          pncId
          croNumber
          forename
          surname
          dateOfBirth
          gender
          nationality
          aliases {
            __typename
            name
            type
          }
        }
        warningMarkers {
          __typename
          code
          description
          dateAdded
        }
        arrests {
          __typename
          arrestedOn
          offence
          offenceCategory
          arrestingForce
          outcome
        }
        convictions {
          __typename
          convictedOn
          offence
          offenceCategory
          court
          disposal
        }
        intelligenceReports {
          __typename
          reference
          dateRecorded
          sourceEvaluation
          intelligenceAssessment
          handlingCode
          originatorAgency
          classification
          text
          sourceDetails
          handlingConditions {
            __typename
            kind
            agencies
            text
          }
        }
        ocgAffiliations {
          __typename
          groupReference
          groupName
          role
          threatScore
          band
          mappedOn
        }
        vehicles {
          __typename
          vrm
          make
          model
          colour
          linkType
        }
        addresses {
          __typename
          address
          type
          fromDate
          toDate
        }
      }
      custody {
        __typename
        status
        prisonNumber
        establishment
        establishmentRegion
        securityCategory
        receptionDate
        earliestReleaseDate
        licenceExpiryDate
        sentence {
          __typename
          offence
          lengthInMonths
          sentenceDate
          sentencingCourt
        }
        movements {
          __typename
          movementDate
          fromLocation
          toLocation
          reason
        }
        adjudications {
          __typename
          adjudicationDate
          establishment
          charge
          finding
          punishment
        }
        seizures {
          __typename
          seizureDate
          itemType
          establishment
          location
          description
        }
        visits {
          __typename
          visitDate
          visitorName
          relationship
          visitType
        }
        phoneContacts {
          __typename
          phoneNumber
          contactName
          relationship
          approved
        }
      }
      probation {
        __typename
        crn
        status
        probationRegion
        offenderManager
        team
        supervisionType
        startDate
        endDate
        licenceConditions {
          __typename
          conditionType
          description
        }
        risk {
          __typename
          mappaLevel
          mappaCategory
          roshLevel
          assessedOn
        }
      }
      hmrc {
        __typename
        taxReference
        selfAssessments {
          __typename
          taxYear
          declaredIncome
          taxDue
          filedOn
        }
        directorships {
          __typename
          companyName
          companyNumber
          role
          appointedOn
          resignedOn
        }
        vatRegistrations {
          __typename
          vatNumber
          tradingName
          registeredOn
          status
        }
        assets {
          __typename
          assetType
          description
          estimatedValue
          acquiredOn
        }
      }
      hmrcInvestigations {
        __typename
        reference
        investigationType
        openedOn
        status
      }
      nca {
        __typename
        ncaReference
        ocgTiering {
          __typename
          groupName
          tier
          threatArea
          nationalPriority
          assessedOn
        }
        suspiciousActivityReports {
          __typename
          reference
          submittedOn
          reportingSector
          amount
          reasonCode
        }
        covertInterest {
          __typename
          operationName
          interestType
          owningCommand
          recordedOn
        }
        deconfliction {
          __typename
          contactBeforeAction
          route
        }
      }
      ncaDeconfliction {
        __typename
        contactBeforeAction
        route
      }
    }
  }
`;
