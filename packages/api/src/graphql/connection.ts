import type { GraphQLResolveInfo } from 'graphql';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from '@township/shared';
import { MAX_PAGE_SIZE } from './page-size.js';

export { MAX_PAGE_SIZE };

@ObjectType({ description: 'Where a page of a list sits in the whole (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/** Builds `<Name>Connection` and `<Name>Edge` types for a node type. */
export function Connection<T extends object>(node: ClassType<T>, name: string, description: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque position of this item; pass it as `after` to continue after it.' })
    cursor!: string;

    @Field(() => node, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class ConnectionType {
    @Field(() => [Edge], { description: 'The items of this page with their cursors.' })
    edges!: Edge[];

    @Field(() => [node], { description: 'The items of this page, without cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Paging state.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items matching the filter across all pages (computed only when asked for).' })
    totalCount!: number;
  }
  return ConnectionType;
}

// Cursors are opaque to clients; inside they are offsets into the ordered result.
export const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badInput('after', 'after is not a cursor this list gave out', 'invalidCursor');
  return Number(match[1]) + 1;
}

export interface PageRequest {
  first: number;
  after?: string | null;
}

@ArgsType()
export class PageArgs implements PageRequest {
  @Field(() => Int, { description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (`pageInfo.endCursor` of the previous page).' })
  after?: string;
}

/** Checks `first` and turns the request into LIMIT/OFFSET (one extra row tells whether more follow). */
export function pageWindow({ first, after }: PageRequest): { offset: number; limit: number } {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`, 'outOfRange', { min: 1, max: MAX_PAGE_SIZE });
  }
  return { offset: decodeCursor(after), limit: first + 1 };
}

/** Turns rows fetched with `pageWindow` into a connection. */
export function toPage<T>(rows: T[], request: PageRequest, totalCount?: number): Page<T> {
  const { offset } = pageWindow(request);
  const nodes = rows.slice(0, request.first);
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > request.first,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Whether the query selected `field` directly on the resolved object (e.g. `totalCount`). */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some((node) =>
    node.selectionSet?.selections.some((s) => s.kind === 'Field' && s.name.value === field) ||
    // Fragments: be safe and count them as selecting everything.
    node.selectionSet?.selections.some((s) => s.kind !== 'Field'),
  );
}
