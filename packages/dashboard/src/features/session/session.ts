import type { AppApolloClient } from '@/lib/apollo';
import { GetViewerDocument, SignInDocument, SignOutDocument, type ViewerFieldsFragment } from '@/gql/graphql';

export type Viewer = ViewerFieldsFragment;

/** The signed-in user, from the cache after the first call (the guard runs on every navigation). */
export async function loadViewer(client: AppApolloClient): Promise<Viewer | null> {
  const { data } = await client.query({ query: GetViewerDocument, fetchPolicy: 'cache-first' });
  return data.viewer ?? null;
}

/** Signs in; throws the ApolloError (UNAUTHENTICATED for a wrong password) for the form to show. */
export async function signIn(client: AppApolloClient, username: string, password: string): Promise<Viewer> {
  // Nothing a previous user loaded may survive into the next user's session.
  await client.clearStore();
  const { data } = await client.mutate({ mutation: SignInDocument, variables: { username, password } });
  const viewer = data!.login;
  client.writeQuery({ query: GetViewerDocument, data: { viewer } });
  return viewer;
}

export async function signOut(client: AppApolloClient): Promise<void> {
  try {
    await client.mutate({ mutation: SignOutDocument });
  } finally {
    // Even if the server is unreachable, this browser must forget the data it showed.
    await client.clearStore();
  }
}
