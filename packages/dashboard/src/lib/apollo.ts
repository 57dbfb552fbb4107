import { ApolloClient, HttpLink, InMemoryCache, from, setLogVerbosity } from '@apollo/client/core';
import { onError } from '@apollo/client/link/error';
import { ErrorCode } from '@township/shared';

// @vue/apollo-composable 4.2 calls ObservableQuery.getLastResult, deprecated in Apollo 3.14, on
// every failed query: the warnings would bury real problems in the console.
setLogVerbosity('error');

/** Operations for which UNAUTHENTICATED is an answer to show, not a lost session. */
const SIGN_IN_OPERATIONS = new Set(['SignIn', 'GetViewer']);

/**
 * One client for the app. The session lives in an httpOnly cookie, so requests go same-origin to
 * /graphql with credentials and there is no token to handle here.
 */
export function createApolloClient(onSessionLost: () => void) {
  const sessionLink = onError(({ graphQLErrors, operation }) => {
    if (SIGN_IN_OPERATIONS.has(operation.operationName)) return;
    if (graphQLErrors?.some((e) => e.extensions?.code === ErrorCode.Unauthenticated)) onSessionLost();
  });
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'include' });

  return new ApolloClient({
    link: from([sessionLink, httpLink]),
    cache: new InMemoryCache({
      typePolicies: {
        // Summaries are values computed per request (no id): replace them whole, and let one
        // village's summary merge fields from the list and the detail page.
        Village: { fields: { indicators: { merge: true }, stationedCadre: { merge: true } } },
        IndicatorSummary: { keyFields: false },
        IndicatorValue: { keyFields: false },
        StatisticTotals: { keyFields: false },
        // Monthly rows are identified by their month within the village that owns them.
        VillageStatistic: { keyFields: false },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', errorPolicy: 'none' },
      query: { fetchPolicy: 'network-only', errorPolicy: 'none' },
    },
  });
}

export type AppApolloClient = ReturnType<typeof createApolloClient>;
