/** The largest page a connection gives (`first`); its own module so the cost model can read it without loading the GraphQL types. */
export const MAX_PAGE_SIZE = 100;
