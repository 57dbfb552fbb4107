import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { PageRequest } from '../db/page.js';
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

export type { Page, PageRequest } from '../db/page.js';

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

@ArgsType()
export class PageArgs implements PageRequest {
  @Field(() => Int, { description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (`pageInfo.endCursor` of the previous page).' })
  after?: string;
}
