import { Kind, buildSchema, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { graphqlCost, graphqlCostError } from '../graphql-cost';

/** The shape of the plugin's schema: paginated lists, connections with nodes, to-one relations. */
const schema = buildSchema(`
  input PaginationArg { page: Int pageSize: Int start: Int limit: Int }
  type UploadFile { url: String }
  type Speaker { fullName: String photo: UploadFile quotes(pagination: PaginationArg): [Quote]! }
  type Quote { text: String speaker: Speaker article: Article }
  type Article { title: String cover: UploadFile quotes(pagination: PaginationArg): [Quote]! speakers(pagination: PaginationArg): [Speaker]! }
  type Pagination { total: Int }
  type ArticleEntityResponseCollection { nodes: [Article!]! pageInfo: Pagination! }
  type Query {
    articles(pagination: PaginationArg): [Article]!
    articles_connection(pagination: PaginationArg): ArticleEntityResponseCollection
    article(documentId: ID!): Article
  }
`);
const PAGES = { defaultLimit: 25, maxLimit: 100 };

const cost = (query: string, variables?: Record<string, unknown>) => {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return graphqlCost(schema, operation, fragments, variables, PAGES);
};

describe('graphqlCost: estimated rows', () => {
  test('page sizes multiply along a path: 100 articles × (1 + 100 quotes)', () => {
    expect(cost('{ articles(pagination: {limit: 100}) { quotes(pagination: {limit: 100}) { text } } }').rows).toBe(10_100);
  });

  test('without pagination a list holds the default page; with one, its size (maxLimit at most)', () => {
    expect(cost('{ articles { title } }').rows).toBe(25);
    expect(cost('{ articles { quotes { text } } }').rows).toBe(25 * 26);
    expect(cost('{ articles(pagination: {pageSize: 3}) { title } }').rows).toBe(3);
    expect(cost('{ articles(pagination: {limit: 5000}) { title } }').rows).toBe(100);
    expect(cost('{ articles(pagination: {limit: -1}) { title } }').rows).toBe(100);
  });

  test('page sizes given as variables are read', () => {
    const q = 'query ($p: PaginationArg, $n: Int) { articles(pagination: $p) { quotes(pagination: {limit: $n}) { text } } }';
    expect(cost(q, { p: { limit: 50 }, n: 40 }).rows).toBe(50 * 41);
    expect(cost(q, {}).rows).toBe(25 * 26);
  });

  test('a connection counts its page once (nodes), not the pageInfo', () => {
    expect(cost('{ articles_connection(pagination: {pageSize: 10}) { nodes { title } pageInfo { total } } }').rows).toBe(10);
  });

  test('to-one objects add no rows of their own, their lists do', () => {
    expect(cost('{ article(documentId: "x") { title cover { url } } }').rows).toBe(0);
    expect(cost('{ article(documentId: "x") { quotes { speaker { quotes { text } } } } }').rows).toBe(25 * 26);
  });

  test('inline fragments and fragment spreads count where they are used', () => {
    const q = `{ articles(pagination: {limit: 10}) { ...A ... on Article { speakers(pagination: {limit: 2}) { fullName } } } }
      fragment A on Article { quotes(pagination: {limit: 3}) { text } }`;
    expect(cost(q).rows).toBe(10 * (1 + 3 + 2));
  });

  test('introspection fields are not counted', () => {
    expect(cost('{ __schema { types { fields { name } } } }')).toEqual({ aliases: 0, rows: 0 });
  });
});

describe('graphqlCost: aliases', () => {
  test('every alias counts, also inside fragments, once per spread', () => {
    const aliased = Array.from({ length: 300 }, (_, i) => `a${i}: articles { title }`).join(' ');
    expect(cost(`{ ${aliased} }`)).toEqual({ aliases: 300, rows: 300 * 25 });
    expect(cost('{ x: article(documentId: "1") { ...F } y: article(documentId: "2") { ...F } } fragment F on Article { t: title }').aliases).toBe(4);
  });
});

test('fragments that spread the next one twice, 40 levels deep, are costed once each (2^40 uses)', () => {
  const levels = 40;
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`).join('\n');
  const q = `{ ...F${levels} }\nfragment F0 on Query { articles(pagination: {limit: 1}) { x: title } }\n${fragments}`;
  // An expanding walk would visit F0 2^40 times and never finish; this one visits 41 fragments.
  expect(cost(q)).toEqual({ aliases: 2 ** levels, rows: 2 ** levels });
});

describe('graphqlCostError', () => {
  const limits = { maxAliases: 20, maxRows: 5000 };
  test('names the limit that is over, else null', () => {
    expect(graphqlCostError({ aliases: 21, rows: 0 }, limits)).toBe('The query uses 21 aliases; the maximum is 20');
    expect(graphqlCostError({ aliases: 0, rows: 10_100 }, limits)).toMatch(/about 10100 rows.*the maximum is 5000/);
    expect(graphqlCostError({ aliases: 20, rows: 5000 }, limits)).toBeNull();
  });
});
