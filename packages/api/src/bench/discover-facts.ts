/**
 * What a signed-in role can open: the ids and months its pages would show, found by running the
 * dashboard's own list queries as that role (a refusal just leaves the fact unknown).
 */
import { currentMonth } from '@township/shared';
import type { DashboardOperation } from './dashboard-operations.js';
import type { Facts } from './dashboard-mix.js';
import type { GraphqlClient } from './graphql-client.js';

type Node = Record<string, any>;

export async function discoverFacts(client: GraphqlClient, operations: Map<string, DashboardOperation>, cookie: string): Promise<Facts> {
  const run = async (name: string, variables: Record<string, unknown> = {}): Promise<Node | undefined> => {
    const operation = operations.get(name);
    if (!operation) throw new Error(`The dashboard has no operation ${name}`);
    return (await client.request(operation.document, variables, { cookie, operationName: name })).data;
  };
  const firstId = (nodes: Node[] | undefined) => nodes?.[0]?.id as string | undefined;

  const viewer = (await run('GetViewer'))?.viewer;
  if (!viewer) throw new Error('GetViewer answered no viewer: the session cookie was not accepted');
  const latestMonth = (await run('GetLatestMonth'))?.latestMonth as string | undefined;
  if (!latestMonth) throw new Error(`GetLatestMonth failed for ${viewer.username}`);
  const latestMeeting = (await run('GetLatestMeeting'))?.meetings.nodes[0];
  // The meeting pages open on the township of the newest meeting; a village officer's township is its scope's parent.
  const townshipId: string | undefined =
    latestMeeting?.township.id ??
    (viewer.scope.kind === 'TOWNSHIP' ? viewer.scope.id : undefined) ??
    firstId((await run('ListTownships'))?.townships) ??
    viewer.scope.parent?.id;
  const villageId = firstId((await run('FindVillages', { search: null }))?.villages.nodes);
  const complaintId = firstId((await run('ListComplaints', { first: 20, filter: {} }))?.complaints.nodes);
  // A person's file exists for complainants who gave a phone or ID number; repeat complainants all did.
  const repeatId = firstId((await run('ListComplaints', { first: 1, filter: { repeat: true } }))?.complaints.nodes);
  const complainantId = repeatId ? (await run('GetComplaint', { id: repeatId }))?.complaint.complainant?.id : undefined;
  const actionItems = async (status?: string[]) =>
    townshipId ? firstId((await run('ListActionItems', { first: 20, filter: { townshipId, status } }))?.actionItems.nodes) : undefined;
  const campaignId = firstId((await run('ListSurveyCampaigns'))?.surveyCampaigns.nodes);
  const evaluationRoundId = firstId((await run('ListEvaluationRounds'))?.evaluationRounds.nodes);
  const assessmentPeriod = (await run('ListAssessmentPeriods'))?.assessmentPeriods[0] as string | undefined;
  return {
    scopeId: viewer.scope.id,
    latestMonth,
    currentMonth: currentMonth(),
    townshipId,
    villageId,
    complaintId,
    complainantId,
    meetingId: latestMeeting?.id,
    actionItemId: await actionItems(),
    openActionItemId: await actionItems(['OPEN', 'IN_PROGRESS']),
    campaignId,
    evaluationRoundId,
    assessmentPeriod,
  };
}
