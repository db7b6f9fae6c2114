/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Copied exactly from the agencies subgraph (an enum shared by several subgraphs must match). */
export type AgencyKind =
  | 'COMMUNE'
  | 'DISTRICT'
  | 'GOVERNMENT'
  | 'GOVERNMENT_AGENCY'
  | 'MINISTERIAL_AGENCY'
  | 'MINISTRY'
  /** A unit of a ministry (văn phòng, vụ, cục). */
  | 'MINISTRY_DEPARTMENT'
  | 'PROVINCE'
  | 'PROVINCIAL_DEPARTMENT';

export type AttachmentInput = {
  name: string;
  /** Bytes. */
  size: number;
  /** MIME type, e.g. application/pdf. */
  type: string;
};

export type EscalatePetitionInput = {
  ground: EscalationGround;
  /**
   * AGENCIES_DISAGREE: the agencies that disagree besides the handling agency (at least one). A dissolved
   * agency counts as its successor; the handling agency itself is left out. At most 20.
   */
  involvedAgencyIds?: Array<string | number> | null | undefined;
  /** Why the matter goes up; required for GOVERNMENT_COMPETENCE. At most 2,000 characters. */
  reason: string;
};

export type EscalationFilter = {
  ground?: EscalationGround | null | undefined;
  state?: EscalationState | null | undefined;
};

/** The grounds on which a petition goes up to the Government (Decree 20/2008 Art. 17). */
export type EscalationGround =
  /** Two or more agencies disagree about the matter. */
  | 'AGENCIES_DISAGREE'
  /** The matter is within the Government's competence. */
  | 'GOVERNMENT_COMPETENCE'
  /** The same matter is submitted again after it was handled. */
  | 'RESUBMITTED_AFTER_HANDLING';

/** Where an escalation stands. */
export type EscalationState =
  /** Answered by the Government Office. */
  | 'ANSWERED'
  /** Assigned to the agency that is to handle it. */
  | 'ASSIGNED'
  /** In the Government Office's queue. */
  | 'PENDING';

/** The content categories of Decree 20/2008/NĐ-CP, Article 5. */
export type PetitionCategory =
  /** 1. Delay, harassment, not doing or doing wrongly by agencies or officials. */
  | 'CONDUCT'
  /** 5. A regulation contrary to a treaty Vietnam has joined. */
  | 'CONTRARY_TO_TREATY'
  /** 4. A regulation that is illegal. */
  | 'ILLEGAL_REGULATION'
  /** 3. Regulations not synchronized or inconsistent with one another. */
  | 'INCONSISTENT_REGULATION'
  /** 8. An initiative to issue a new regulation. */
  | 'NEW_REGULATION_INITIATIVE'
  /** 6. Other issues about administrative regulations. */
  | 'OTHER_REGULATION_ISSUE'
  /** 7. A proposed solution to any of 1–6. */
  | 'PROPOSED_SOLUTION'
  /** 2. A regulation unsuitable to reality. */
  | 'UNSUITABLE_REGULATION';

export type PetitionChannel =
  | 'EMAIL'
  | 'IN_PERSON'
  /** The Government's PAKN system. */
  | 'PAKN_SYSTEM'
  /** Transcribed by the receiving officer. */
  | 'PHONE'
  /** The National Public Service Portal or an agency's portal. */
  | 'PORTAL'
  | 'POST'
  | 'QUESTIONNAIRE';

export type PetitionKind =
  /** Kiến nghị: a phản ánh with a proposed solution, or an initiative for a new regulation. */
  | 'KIEN_NGHI'
  /** Phản ánh: an opinion on a problem. */
  | 'PHAN_ANH';

export type PetitionStatus =
  /** Accepted by the handling agency. */
  | 'ACCEPTED'
  /** Answered by the handling agency, awaiting the receiving agency's check before publication. */
  | 'ANSWERED'
  /** Being handled. */
  | 'PROCESSING'
  /** The answer is published. */
  | 'PUBLISHED'
  /** Registered, not yet classified. */
  | 'RECEIVED'
  /** Not accepted (fails the requirements, or is a complaint or denunciation): no answer is owed. */
  | 'REJECTED'
  /** The answer was returned to the handling unit for rework. */
  | 'RETURNED'
  /** Transferred to the competent agency, which has not accepted it yet. */
  | 'TRANSFERRED';

/**
 * Who submits. Required (checked with a message naming the field): fullName for an individual or
 * organizationName for an organization, address and phone; email is optional. Shown only as
 * Petition.petitioner says.
 */
export type PetitionerInput = {
  address?: string | null | undefined;
  email?: string | null | undefined;
  fullName?: string | null | undefined;
  organizationName?: string | null | undefined;
  phone?: string | null | undefined;
  type: PetitionerType;
};

export type PetitionerType =
  | 'INDIVIDUAL'
  | 'ORGANIZATION';

export type ReportingObligationStatus =
  /** Not reported and the due date has passed. */
  | 'OVERDUE'
  /** Not reported; the due date is today or later. */
  | 'PENDING'
  /** Reported after the due date. */
  | 'SUBMITTED_LATE'
  /** Reported on or before the due date (by the first version). */
  | 'SUBMITTED_ON_TIME';

/** Where a simplification plan stands. */
export type ReportingPlanStatus =
  /** Approved by the central office; not yet applied to the regime. */
  | 'APPROVED'
  /** Recorded by its proposer; not yet sent to the central office. */
  | 'DRAFT'
  /** Applied to the regime from effectiveFrom. */
  | 'IMPLEMENTED'
  /** Sent to the central office for a decision. */
  | 'SUBMITTED';

/** A change of the catalogue. */
export type ReportingRegimeChangeKind =
  | 'ABOLISHED'
  | 'AMENDED'
  | 'CREATED'
  /** Merged into another regime (the regime is SUPERSEDED with mergedInto). */
  | 'MERGED';

/** What a simplification plan does to a regime (Decree 09/2019 Art. 27–28). */
export type ReportingSimplificationAction =
  /** The regime is no longer reported: cost after is 0. */
  | 'ABOLISH'
  /** Its content moves into another regime's reports: cost after = the extra hours in each of those reports. */
  | 'MERGE_INTO'
  /** Sent through the reporting system instead of on paper: fewer hours and no postage or printing. */
  | 'MOVE_TO_ELECTRONIC'
  /** Reported less often: cost after at the new frequency. */
  | 'REDUCE_FREQUENCY'
  /** Fewer indicators: the same reports, fewer hours each. */
  | 'REDUCE_INDICATORS';

export type SubmitPetitionInput = {
  /** Metadata of the attached files (at most 10; PDF, DOC, DOCX, XLS, XLSX, ODT, JPEG or PNG up to 10 MB). */
  attachments?: Array<AttachmentInput> | null | undefined;
  category: PetitionCategory;
  channel?: PetitionChannel | null | undefined;
  /** Required, at most 10,000 characters. Markup is kept as text, never interpreted. */
  content?: string | null | undefined;
  /** PHAN_ANH by default; always KIEN_NGHI for PROPOSED_SOLUTION and NEW_REGULATION_INITIATIVE. */
  kind?: PetitionKind | null | undefined;
  petitioner: PetitionerInput;
  /**
   * The tracking code of an earlier petition on the same matter: the new one is linked to it, and flagged
   * for escalation to the Government when the earlier one was already handled (Art. 17).
   */
  previousTrackingCode?: string | null | undefined;
  /** The administrative procedure concerned, by its national code (e.g. 1.001193). */
  procedureCode?: string | null | undefined;
  /** The regulation concerned, by its document number (e.g. 20/2008/NĐ-CP). */
  regulationReference?: string | null | undefined;
  /** The agency addressed; the Government Office (bo-vpcp) when none is given. */
  targetAgencyId?: string | number | null | undefined;
  /** Required, at most 300 characters. */
  title?: string | null | undefined;
};

/** What urgePetitions asks. */
export type UrgePetitionsInput = {
  /** The urged agency: the petitions' current handling agency. */
  agencyId: string | number;
  /** The new day (Vietnam) by which the agency is expected to publish its answers: today or later. */
  expectedBy: string;
  /** The urging's text (at most 4,000 characters), as the urged agency reads it. */
  message: string;
  /** The petitions urged (at most 500); omitted or null: every petition the agency handles that is overdue now. */
  petitionIds?: Array<string | number> | null | undefined;
};

/** What urgeReports asks. */
export type UrgeReportsInput = {
  /** The urged agency: the agency that owes the reports. */
  agencyId: string | number;
  /** The new day (Vietnam) by which the agency is expected to send the reports: today or later. */
  expectedBy: string;
  /** The urging's text (at most 4,000 characters), as the urged agency reads it. */
  message: string;
  /** The obligations urged (ReportingObligation.id, at most 500); omitted or null: every OVERDUE one it owes. */
  obligationIds?: Array<string | number> | null | undefined;
};

export type CitizenTargetsQueryVariables = Exact<{
  on: string;
}>;


export type CitizenTargetsQuery = { provinces: { nodes: Array<{ id: string, name: string }> }, ministries: { nodes: Array<{ id: string, name: string }> } };

export type CitizenSubmitPetitionMutationVariables = Exact<{
  key: string;
  input: SubmitPetitionInput;
}>;


export type CitizenSubmitPetitionMutation = { submitPetition: { trackingCode: string, petition: { id: string, dueDate: string, handlingAgency: { name: string } } } };

export type TrackPetitionQueryVariables = Exact<{
  code: string;
}>;


export type TrackPetitionQuery = { petitionByTrackingCode: { trackingCode: string, title: string, category: PetitionCategory, status: PetitionStatus, receivedAt: string, dueDate: string, publishedAt: string | null, answer: string | null, handlingAgency: { name: string } } | null };

export type PublishedAnswersQueryVariables = Exact<{ [key: string]: never; }>;


export type PublishedAnswersQuery = { publishedPetitions: { nodes: Array<{ id: string, trackingCode: string, title: string, answer: string | null, publishedAt: string | null, handlingAgency: { name: string } }> } };

export type SignInAgenciesQueryVariables = Exact<{
  on: string;
}>;


export type SignInAgenciesQuery = { ministries: { nodes: Array<{ id: string, name: string }> }, ministerialAgencies: { nodes: Array<{ id: string, name: string }> }, provinces: { nodes: Array<{ id: string, name: string }> } };

export type DashboardAgencyQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardAgencyQuery = { agency: { id: string, code: string, name: string, kind: AgencyKind } | null };

export type DashboardAgencyByCategoryQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type DashboardAgencyByCategoryQuery = { agency: { id: string, petitionStatsByCategory: Array<{ category: PetitionCategory, stats: { received: number, publishedOnTime: number, publishedLate: number, inProgressOnTime: number, overdueUnpublished: number, rejected: number, onTimeRate: number | null } }> | null } | null };

export type DashboardAgencyByFieldQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type DashboardAgencyByFieldQuery = { fields: { nodes: Array<{ code: string, name: string, petitionStats: { received: number, publishedOnTime: number, overdue: number, onTimeRate: number | null } | null }> } };

export type DashboardOverduePetitionsQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type DashboardOverduePetitionsQuery = { agency: { id: string, petitions: { totalCount: number, nodes: Array<{ id: string, trackingCode: string, title: string, category: PetitionCategory, status: PetitionStatus, receivedAt: string, dueDate: string, version: number, handlingAgency: { id: string, name: string } }> } | null } | null };

export type DashboardAgencyReportsQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type DashboardAgencyReportsQuery = { agency: { id: string, reportingCompliance: { due: number, submitted: number, submittedOnTime: number, late: number, missing: number, pending: number, onTimeRate: number | null, urged: number, resolvedAfterUrging: number } | null } | null, overdueReports: { totalCount: number, nodes: Array<{ id: string, dueDate: string, daysOverdue: number | null, status: ReportingObligationStatus, period: { label: string, name: string }, regime: { code: string, name: string } }> } | null };

export type DashboardEscalationsQueryVariables = Exact<{
  filter?: EscalationFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type DashboardEscalationsQuery = { escalations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, ground: EscalationGround, reason: string, state: EscalationState, escalatedAt: string, decidedAt: string | null, answer: string | null, escalatedByAgency: { id: string, name: string }, agencies: Array<{ id: string, name: string }>, assignedAgency: { id: string, name: string } | null, petition: { id: string, trackingCode: string, title: string } }> } | null };

export type DashboardEscalationStatsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type DashboardEscalationStatsQuery = { escalationStats: { escalated: number, pending: number, assigned: number, answered: number, byGround: Array<{ ground: EscalationGround, count: number }> } | null };

export type EscalationAgenciesQueryVariables = Exact<{
  on: string;
}>;


export type EscalationAgenciesQuery = { ministries: { nodes: Array<{ id: string, name: string }> }, ministerialAgencies: { nodes: Array<{ id: string, name: string }> }, provinces: { nodes: Array<{ id: string, name: string }> } };

export type DashboardAssignEscalationMutationVariables = Exact<{
  id: string | number;
  agencyId: string | number;
  note?: string | null | undefined;
}>;


export type DashboardAssignEscalationMutation = { assignEscalatedPetition: { id: string, state: EscalationState } };

export type DashboardAnswerEscalationMutationVariables = Exact<{
  id: string | number;
  answer: string;
}>;


export type DashboardAnswerEscalationMutation = { answerEscalatedPetition: { id: string, state: EscalationState } };

export type DashboardEscalatePetitionMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: EscalatePetitionInput;
}>;


export type DashboardEscalatePetitionMutation = { escalatePetition: { id: string, ground: EscalationGround, state: EscalationState } };

export type DashboardReportingPlansQueryVariables = Exact<{
  year: number;
  status?: ReportingPlanStatus | null | undefined;
}>;


export type DashboardReportingPlansQuery = { reportingSimplificationTotals: { plans: number, beforeVnd: number, afterVnd: number, savingVnd: number, percentCut: number }, reportingSimplificationPlans: { totalCount: number, nodes: Array<{ id: string, action: ReportingSimplificationAction, description: string, reportingAgencies: number, status: ReportingPlanStatus, effectiveFrom: string | null, regime: { code: string, name: string }, proposedByAgency: { id: string, name: string } | null, saving: { beforeVnd: number, afterVnd: number, savingVnd: number, percentCut: number } }> } };

export type DashboardSubmitPlanMutationVariables = Exact<{
  id: string | number;
}>;


export type DashboardSubmitPlanMutation = { submitReportingSimplificationPlan: { id: string, status: ReportingPlanStatus } };

export type DashboardApprovePlanMutationVariables = Exact<{
  id: string | number;
}>;


export type DashboardApprovePlanMutation = { approveReportingSimplificationPlan: { id: string, status: ReportingPlanStatus } };

export type DashboardImplementPlanMutationVariables = Exact<{
  id: string | number;
  effectiveFrom: string;
}>;


export type DashboardImplementPlanMutation = { implementReportingSimplificationPlan: { id: string, status: ReportingPlanStatus, effectiveFrom: string | null } };

export type DashboardRegimeHistoryQueryVariables = Exact<{
  code: string;
}>;


export type DashboardRegimeHistoryQuery = { reportingRegime: { code: string, history: Array<{ at: string, kind: ReportingRegimeChangeKind, effectiveFrom: string, reason: string, byAgency: { id: string, name: string } | null, plan: { id: string } | null, changes: Array<{ field: string, before: string | null, after: string | null }> }> } | null };

export type DashboardScorecardQueryVariables = Exact<{
  kind: AgencyKind;
  on: string;
  from: string;
  to: string;
}>;


export type DashboardScorecardQuery = { agencies: { totalCount: number, nodes: Array<{ id: string, code: string, name: string, petitionStats: { received: number, published: number, publishedOnTime: number, publishedLate: number, overdueUnpublished: number, inProgressOnTime: number, overdue: number, onTimeRate: number | null, urged: number, resolvedAfterUrging: number } | null, reportingCompliance: { due: number, submitted: number, submittedOnTime: number, late: number, missing: number, onTimeRate: number | null } | null }> } };

export type DashboardMonthTotalsQueryVariables = Exact<{
  kind: AgencyKind;
  on: string;
  from: string;
  to: string;
}>;


export type DashboardMonthTotalsQuery = { agencies: { nodes: Array<{ id: string, petitionStats: { published: number, publishedOnTime: number, overdueUnpublished: number } | null }> } };

export type DashboardAgencyUrgingFiguresQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type DashboardAgencyUrgingFiguresQuery = { agency: { id: string, petitionStats: { received: number, overdue: number, urged: number, resolvedAfterUrging: number } | null } | null };

export type DashboardUrgePetitionsMutationVariables = Exact<{
  input: UrgePetitionsInput;
}>;


export type DashboardUrgePetitionsMutation = { urgePetitions: { id: string, petitionCount: number, expectedBy: string, agency: { id: string, name: string } } };

export type DashboardUrgeReportsMutationVariables = Exact<{
  input: UrgeReportsInput;
}>;


export type DashboardUrgeReportsMutation = { urgeReports: { id: string, obligationCount: number, expectedBy: string } };

export type DashboardUnacknowledgedUrgingsQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardUnacknowledgedUrgingsQuery = { agency: { id: string, urgings: { totalCount: number } | null, reportingUrgings: { totalCount: number } | null } | null };

export type DashboardPetitionUrgingsQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type DashboardPetitionUrgingsQuery = { agency: { id: string, urgings: { totalCount: number, nodes: Array<{ id: string, urgedAt: string, message: string, expectedBy: string, acknowledgedAt: string | null, acknowledgedBy: string | null, count: number, urgedByAgency: { id: string, name: string } }> } | null } | null };

export type DashboardReportingUrgingsQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type DashboardReportingUrgingsQuery = { agency: { id: string, urgings: { totalCount: number, nodes: Array<{ id: string, urgedAt: string, message: string, expectedBy: string, acknowledgedAt: string | null, acknowledgedBy: string | null, count: number, urgedByAgency: { id: string, name: string } }> } | null } | null };

export type DashboardAcknowledgeUrgingMutationVariables = Exact<{
  id: string | number;
}>;


export type DashboardAcknowledgeUrgingMutation = { acknowledgeUrging: { id: string, acknowledgedAt: string | null, acknowledgedBy: string | null } };

export type DashboardAcknowledgeReportingUrgingMutationVariables = Exact<{
  id: string | number;
}>;


export type DashboardAcknowledgeReportingUrgingMutation = { acknowledgeReportingUrging: { id: string, acknowledgedAt: string | null, acknowledgedBy: string | null } };


export const CitizenTargetsDocument = {"__meta__":{"hash":"sha256:b264c22edbdc0ccc0337bdfe63e3d7f694b31bb0c389f83d4c5ec62cdb1585d8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizenTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"provinces"},"name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ministries"},"name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"MINISTRY"}},{"kind":"ObjectField","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CitizenTargetsQuery, CitizenTargetsQueryVariables>;
export const CitizenSubmitPetitionDocument = {"__meta__":{"hash":"sha256:355978bab62601d2f8d83d112a077bf79367bcbe4c4c8be199569c4904acaefc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CitizenSubmitPetition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitPetitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPetition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"petition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"handlingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CitizenSubmitPetitionMutation, CitizenSubmitPetitionMutationVariables>;
export const TrackPetitionDocument = {"__meta__":{"hash":"sha256:96155a53a9863024bb68746e62f06a7bbab702e8e3e00865ee7fb4cecaf642aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackPetition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"petitionByTrackingCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"handlingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TrackPetitionQuery, TrackPetitionQueryVariables>;
export const PublishedAnswersDocument = {"__meta__":{"hash":"sha256:7a9d9c1608b5be61e522d48c8e4767f60d211bf3c3afec52d68d38ed08c05ca6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedPetitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"handlingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublishedAnswersQuery, PublishedAnswersQueryVariables>;
export const SignInAgenciesDocument = {"__meta__":{"hash":"sha256:76e49e8dcc95ea6e4d03c7205795ea6d6f758e7c805a96a351883bf709486b1d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"ministries"},"name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"MINISTRY"}},{"kind":"ObjectField","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ministerialAgencies"},"name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"MINISTERIAL_AGENCY"}},{"kind":"ObjectField","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"provinces"},"name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SignInAgenciesQuery, SignInAgenciesQueryVariables>;
export const DashboardAgencyDocument = {"__meta__":{"hash":"sha256:dd86acc108ea07bb9d24f8d71a6f9b3c41f83f63ab8c61aad28aa70f85f2bb76"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<DashboardAgencyQuery, DashboardAgencyQueryVariables>;
export const DashboardAgencyByCategoryDocument = {"__meta__":{"hash":"sha256:116eaeb79d70a5c395860ab4d9cc92e1a182bb2f8f4ca9b84aae4df0c589e913"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAgencyByCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"petitionStatsByCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"publishedLate"}},{"kind":"Field","name":{"kind":"Name","value":"inProgressOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"overdueUnpublished"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardAgencyByCategoryQuery, DashboardAgencyByCategoryQueryVariables>;
export const DashboardAgencyByFieldDocument = {"__meta__":{"hash":"sha256:b6dec0a9d1eeb536c760fe87831c6ae28ec0a62a0415ec53849f0fb8681962ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAgencyByField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"petitionStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardAgencyByFieldQuery, DashboardAgencyByFieldQueryVariables>;
export const DashboardOverduePetitionsDocument = {"__meta__":{"hash":"sha256:3a8064f312d269e16174a25fc2e8f336ca5cb4a5e11781e805ef7d3e830921f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardOverduePetitions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"petitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RECEIVED"},{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"PROCESSING"},{"kind":"EnumValue","value":"ANSWERED"},{"kind":"EnumValue","value":"RETURNED"},{"kind":"EnumValue","value":"TRANSFERRED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"handlingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardOverduePetitionsQuery, DashboardOverduePetitionsQueryVariables>;
export const DashboardAgencyReportsDocument = {"__meta__":{"hash":"sha256:6ab9ff03ce7f179a51a63d0b25f01a4fbf6e43ddf16a6731c0c640f6d34828ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAgencyReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportingCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"urged"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAfterUrging"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardAgencyReportsQuery, DashboardAgencyReportsQueryVariables>;
export const DashboardEscalationsDocument = {"__meta__":{"hash":"sha256:cd01c241c3f2fb6e1248447b7aac210d8f805be23924b286db93a327d73b8c8c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardEscalations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EscalationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedByAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"petition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardEscalationsQuery, DashboardEscalationsQueryVariables>;
export const DashboardEscalationStatsDocument = {"__meta__":{"hash":"sha256:db0ff380b49c078d92d3c7465bbbeaae505ee1c89d30dfcba312591f2add7400"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardEscalationStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalationStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"byGround"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardEscalationStatsQuery, DashboardEscalationStatsQueryVariables>;
export const EscalationAgenciesDocument = {"__meta__":{"hash":"sha256:936ad5bc5e7448dd2dcb2fa68e6ee7c8e5bae5ccec5cc170b2602dc972445cb9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EscalationAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"ministries"},"name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"MINISTRY"}},{"kind":"ObjectField","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ministerialAgencies"},"name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"MINISTERIAL_AGENCY"}},{"kind":"ObjectField","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"provinces"},"name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EscalationAgenciesQuery, EscalationAgenciesQueryVariables>;
export const DashboardAssignEscalationDocument = {"__meta__":{"hash":"sha256:30c2c6728d04a9a05e1574c833cbb949c7d23c331c52f2f88599820fd778dc74"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardAssignEscalation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignEscalatedPetition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"escalationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DashboardAssignEscalationMutation, DashboardAssignEscalationMutationVariables>;
export const DashboardAnswerEscalationDocument = {"__meta__":{"hash":"sha256:8d358c2998c3081c6022d0761392b5024698e46eb73ed2c706f27dd4d4c33803"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardAnswerEscalation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerEscalatedPetition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"escalationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DashboardAnswerEscalationMutation, DashboardAnswerEscalationMutationVariables>;
export const DashboardEscalatePetitionDocument = {"__meta__":{"hash":"sha256:3f5837713d70249a424c371d3fd3088070449249bf2c27d22d10ff3484f3a072"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardEscalatePetition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EscalatePetitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalatePetition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DashboardEscalatePetitionMutation, DashboardEscalatePetitionMutationVariables>;
export const DashboardReportingPlansDocument = {"__meta__":{"hash":"sha256:700ccfb044b96785dbd2f765c26d0fa6e2abc4778b63e827fa2b7c9bdb79dd73"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardReportingPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingPlanStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingSimplificationTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"}},{"kind":"Field","name":{"kind":"Name","value":"beforeVnd"}},{"kind":"Field","name":{"kind":"Name","value":"afterVnd"}},{"kind":"Field","name":{"kind":"Name","value":"savingVnd"}},{"kind":"Field","name":{"kind":"Name","value":"percentCut"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportingSimplificationPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reportingAgencies"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"regime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedByAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"saving"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beforeVnd"}},{"kind":"Field","name":{"kind":"Name","value":"afterVnd"}},{"kind":"Field","name":{"kind":"Name","value":"savingVnd"}},{"kind":"Field","name":{"kind":"Name","value":"percentCut"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardReportingPlansQuery, DashboardReportingPlansQueryVariables>;
export const DashboardSubmitPlanDocument = {"__meta__":{"hash":"sha256:b00bd905fb9b4c3a8b53b3bf3aa10b97ee4137e7d882a2c7b8f24e9b0e06319b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardSubmitPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitReportingSimplificationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DashboardSubmitPlanMutation, DashboardSubmitPlanMutationVariables>;
export const DashboardApprovePlanDocument = {"__meta__":{"hash":"sha256:ddf47ab01a47474757e6e54f1c9dc339689899a82203db78b7481fdac548b407"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardApprovePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveReportingSimplificationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DashboardApprovePlanMutation, DashboardApprovePlanMutationVariables>;
export const DashboardImplementPlanDocument = {"__meta__":{"hash":"sha256:73b5eff6d548804e4ffe019b2e2307507e043d6abe947d0b3ce82a4427e3c350"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardImplementPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"effectiveFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"implementReportingSimplificationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"effectiveFrom"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}}]} as unknown as DocumentNode<DashboardImplementPlanMutation, DashboardImplementPlanMutationVariables>;
export const DashboardRegimeHistoryDocument = {"__meta__":{"hash":"sha256:62fb4bf76d8a717ba54dfbb2ceae50b245274854a4e5ab0e112f64369d180c2e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardRegimeHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingRegime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"byAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardRegimeHistoryQuery, DashboardRegimeHistoryQueryVariables>;
export const DashboardScorecardDocument = {"__meta__":{"hash":"sha256:18272815ec9aea8d337f7d69ec59c565fb1d0b12e2fc049846b085b301f95264"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardScorecard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"petitionStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"publishedLate"}},{"kind":"Field","name":{"kind":"Name","value":"overdueUnpublished"}},{"kind":"Field","name":{"kind":"Name","value":"inProgressOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"urged"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAfterUrging"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportingCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardScorecardQuery, DashboardScorecardQueryVariables>;
export const DashboardMonthTotalsDocument = {"__meta__":{"hash":"sha256:8bf3a093c2094cfa09bff3d114fb049e0b0500d2532105bf9bf7d5c5a2f4a5c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardMonthTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"petitionStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"overdueUnpublished"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardMonthTotalsQuery, DashboardMonthTotalsQueryVariables>;
export const DashboardAgencyUrgingFiguresDocument = {"__meta__":{"hash":"sha256:3892f3306cfcfe7130811e8bbc76cd4ec71b2f1f2156cb79f1020172b788695e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAgencyUrgingFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"petitionStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"urged"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAfterUrging"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardAgencyUrgingFiguresQuery, DashboardAgencyUrgingFiguresQueryVariables>;
export const DashboardUrgePetitionsDocument = {"__meta__":{"hash":"sha256:31beb7fd9b8f677a938c02de168406c1bf6ae94defb672587b4ea9150b31186a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardUrgePetitions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UrgePetitionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urgePetitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"petitionCount"}},{"kind":"Field","name":{"kind":"Name","value":"expectedBy"}}]}}]}}]} as unknown as DocumentNode<DashboardUrgePetitionsMutation, DashboardUrgePetitionsMutationVariables>;
export const DashboardUrgeReportsDocument = {"__meta__":{"hash":"sha256:28f5f4f3536951e52635bccdd53c5e0a5c04d6d61886c275030f80f65fdd1d95"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardUrgeReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UrgeReportsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urgeReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"obligationCount"}},{"kind":"Field","name":{"kind":"Name","value":"expectedBy"}}]}}]}}]} as unknown as DocumentNode<DashboardUrgeReportsMutation, DashboardUrgeReportsMutationVariables>;
export const DashboardUnacknowledgedUrgingsDocument = {"__meta__":{"hash":"sha256:9f1f531e19d50afa598cf30038d1bdca551452ad70ae850048737d2b1bfe54a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardUnacknowledgedUrgings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"urgings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"acknowledged"},"value":{"kind":"BooleanValue","value":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportingUrgings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"acknowledged"},"value":{"kind":"BooleanValue","value":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardUnacknowledgedUrgingsQuery, DashboardUnacknowledgedUrgingsQueryVariables>;
export const DashboardPetitionUrgingsDocument = {"__meta__":{"hash":"sha256:c9e066870ac0072d05ef763164c85b4b1b7ee7716d9969409d6513302095176a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPetitionUrgings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"urgings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"urgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"urgedByAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"expectedBy"}},{"kind":"Field","alias":{"kind":"Name","value":"count"},"name":{"kind":"Name","value":"petitionCount"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardPetitionUrgingsQuery, DashboardPetitionUrgingsQueryVariables>;
export const DashboardReportingUrgingsDocument = {"__meta__":{"hash":"sha256:d543caacf804640cf98f24b4b22c948b39e5597efba44e1386470e90817caa25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardReportingUrgings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"urgings"},"name":{"kind":"Name","value":"reportingUrgings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"urgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"urgedByAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"expectedBy"}},{"kind":"Field","alias":{"kind":"Name","value":"count"},"name":{"kind":"Name","value":"obligationCount"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardReportingUrgingsQuery, DashboardReportingUrgingsQueryVariables>;
export const DashboardAcknowledgeUrgingDocument = {"__meta__":{"hash":"sha256:9365e3518d63189515811707395c1a52bc712ece5fdfca97aee6fd683e6b3dd3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardAcknowledgeUrging"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeUrging"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}}]}}]}}]} as unknown as DocumentNode<DashboardAcknowledgeUrgingMutation, DashboardAcknowledgeUrgingMutationVariables>;
export const DashboardAcknowledgeReportingUrgingDocument = {"__meta__":{"hash":"sha256:cf3193ea62d347999bedb5dc702bd0dcd56e45722640ae3764731ec6978bc702"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardAcknowledgeReportingUrging"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeReportingUrging"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}}]}}]}}]} as unknown as DocumentNode<DashboardAcknowledgeReportingUrgingMutation, DashboardAcknowledgeReportingUrgingMutationVariables>;