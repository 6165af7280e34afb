import {
  GraphQLError,
  Kind,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The cost of one GraphQL operation, next to the plugin's depth limit and Apollo's
 * limits on tokens (parseOptions.maxTokens) and selections after fragment expansion
 * (maxRecursiveSelections):
 *  - aliases: each alias is another root read (`a1: articles ... a300: articles`);
 *  - rows: the objects the answer may hold, page sizes multiplied along each path:
 *    `articles(pagination:{limit:100}) { quotes(pagination:{limit:100}) { text } }`
 *    is 100 × (1 + 100) = 10,100 rows. A field with a `pagination` argument holds its
 *    page size (the plugin's defaultLimit when not given, maxLimit at most, maxLimit
 *    for a negative "all"); a list without one (`nodes` of a connection) holds 1 per
 *    page entry; a to-one object adds nothing by itself.
 *
 * Each fragment is costed once and reused wherever it is spread (the cost of a
 * selection is linear in its multiplier), so ten levels of fragments each spreading
 * the next twice cost ten steps to check, not 2^10.
 */
export type PageSizes = { defaultLimit: number; maxLimit: number };
export type GraphqlCost = { aliases: number; rows: number };
export type GraphqlLimits = { maxAliases: number; maxRows: number };

export function graphqlCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> | undefined,
  pages: PageSizes
): GraphqlCost {
  const memo = new Map<string, GraphqlCost | null>();

  const pageSize = (field: GraphQLField<unknown, unknown>, node: FieldNode): number => {
    if (!field.args.some((a) => a.name === 'pagination')) return 1;
    const arg = node.arguments?.find((a) => a.name.value === 'pagination');
    const value = arg ? (valueFromASTUntyped(arg.value, variables) as Record<string, unknown> | null) : undefined;
    const asked = value && typeof value === 'object' ? Number(value.limit ?? value.pageSize) : NaN;
    if (!Number.isFinite(asked)) return pages.defaultLimit;
    return asked > 0 ? Math.min(asked, pages.maxLimit) : pages.maxLimit;
  };

  const isList = (type: GraphQLOutputType) => isListType(isNonNullType(type) ? type.ofType : type);

  const selections = (set: SelectionSetNode, parent: GraphQLCompositeType): GraphqlCost => {
    const cost: GraphqlCost = { aliases: 0, rows: 0 };
    const add = (c: GraphqlCost, times = 1) => {
      cost.aliases += c.aliases;
      cost.rows += c.rows * times;
    };
    for (const node of set.selections) {
      if (node.kind === Kind.FIELD) {
        if (node.alias) cost.aliases += 1;
        if (!node.selectionSet || node.name.value.startsWith('__')) continue;
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
        const type = field && getNamedType(field.type);
        if (!field || !type || !isCompositeType(type)) continue;
        const inner = selections(node.selectionSet, type);
        cost.aliases += inner.aliases;
        cost.rows += pageSize(field, node) * ((isList(field.type) ? 1 : 0) + inner.rows);
      } else if (node.kind === Kind.INLINE_FRAGMENT) {
        const type = node.typeCondition ? schema.getType(node.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) add(selections(node.selectionSet, type));
      } else {
        add(fragment(node.name.value));
      }
    }
    return cost;
  };

  const fragment = (name: string): GraphqlCost => {
    if (memo.has(name)) return memo.get(name) ?? { aliases: 0, rows: 0 }; // null: a cycle (validation rejects those)
    memo.set(name, null);
    const definition = fragments[name];
    const type = definition && schema.getType(definition.typeCondition.name.value);
    const cost = type && isCompositeType(type) ? selections(definition.selectionSet, type) : { aliases: 0, rows: 0 };
    memo.set(name, cost);
    return cost;
  };

  const root = schema.getRootType(operation.operation);
  return root ? selections(operation.selectionSet, root) : { aliases: 0, rows: 0 };
}

/** A clear message when the operation is over the limits, or null. */
export function graphqlCostError(cost: GraphqlCost, limits: GraphqlLimits): string | null {
  if (cost.aliases > limits.maxAliases) {
    return `The query uses ${cost.aliases} aliases; the maximum is ${limits.maxAliases}`;
  }
  if (cost.rows > limits.maxRows) {
    return `The query may return about ${cost.rows} rows (page sizes multiplied along each path); the maximum is ${limits.maxRows}: ask for smaller pages or fewer nested lists`;
  }
  return null;
}

/** The GraphQL error of a query over a limit: HTTP 400, Strapi's ValidationError in extensions. */
export function costlyQueryError(message: string, details: Record<string, unknown>) {
  return new GraphQLError(message, {
    extensions: {
      code: 'BAD_USER_INPUT',
      http: { status: 400 },
      error: { name: 'ValidationError', message, details },
    },
  });
}
