/**
 * One demo role signed in, with what its pages can open and the requests of the mix it may send:
 * each is sent once first, and one refused then is left out of the run and named in the report.
 */
import { planFor, READS, WRITES, type Facts, type MixEntry, type RolePlan, type Variables } from './dashboard-mix.js';
import type { DashboardOperation } from './dashboard-operations.js';
import { discoverFacts } from './discover-facts.js';
import type { GraphqlClient, Outcome } from './graphql-client.js';

export interface RoleSession {
  username: string;
  cookie: string;
  facts: Facts;
  plan: RolePlan;
  /** Operations of the mix the role could fill but was refused, with the refusal. */
  refused: [string, string][];
  send<T = Record<string, any>>(operation: string, variables: Variables): Promise<Outcome<T>>;
}

export async function openRoleSession(
  client: GraphqlClient,
  operations: Map<string, DashboardOperation>,
  username: string,
  { reads = READS, writes = WRITES } = {},
): Promise<RoleSession> {
  const cookie = await client.signIn(username);
  const send = <T>(name: string, variables: Variables) => {
    const operation = operations.get(name);
    if (!operation) throw new Error(`The dashboard has no operation ${name}`);
    return client.request<T>(operation.document, variables, { cookie, operationName: name });
  };
  const facts = await discoverFacts(client, operations, cookie);
  const refused: [string, string][] = [];
  const accepted = async (entries: readonly MixEntry[]) => {
    const kept: MixEntry[] = [];
    for (const entry of entries) {
      const variables = entry.variables(facts, `${username}-preflight`);
      if (!variables) continue;
      const { error } = await send(entry.operation, variables);
      if (error) refused.push([entry.operation, error]);
      else kept.push(entry);
    }
    return kept;
  };
  const plan = planFor(facts, await accepted(reads), await accepted(writes));
  return { username, cookie, facts, plan, refused, send };
}
