import { errors } from '@strapi/utils';

/**
 * Relation filters and sorts of the content API only ever see published rows.
 *
 * Strapi forces the root of a content-API read to published versions (see
 * document-middlewares/published-only.ts), but a filter through a relation is a SQL
 * join to the target's table, and that table holds drafts too: `localizations` joins
 * every version of the same document (drafts of every locale), and a relation's join
 * rows may reach draft targets. `filters[localizations][title][$contains]=…` was a
 * yes/no oracle on draft text, nested filters under populate or under other
 * relations likewise, and a sort through a relation ordered by draft values.
 *
 * The rule, applied to the query after Strapi's own sanitising, for every caller that
 * may not read drafts (REST core and custom routes, GraphQL root and nested fields):
 * - every condition on a relation whose target has draft & publish becomes
 *   `{ $and: [<the client's condition>, { publishedAt: { $notNull: true } }] }`, at
 *   every depth (under $and/$or/$not, through components, inside populate filters);
 * - a condition put directly on a relation (`filters[speakers][$null]=true`,
 *   `filters[speakers]=5`) cannot be narrowed to published rows: 400, name a field;
 * - a polymorphic relation cannot be narrowed at all: 400;
 * - a sort through a relation or media (`sort=localizations.title`): 400; sort by the
 *   entry's own fields (components included).
 *
 * Every relation a filter goes through is a SQL join, made once per occurrence: joins of
 * to-many relations in different `$or` branches multiply the rows the database reads
 * (20 branches on `speakers` held a server for minutes). So the relations in one query's
 * filters (root, or one populated relation) are counted, in all branches, and over
 * `limits` the answer is a 400.
 */
export type FilterLimits = { maxRelations: number; maxToMany: number; maxConditions?: number; maxValueLength?: number };
const NO_LIMITS: FilterLimits = { maxRelations: Infinity, maxToMany: Infinity };
/** `measureOnly`: count against the limits, leave the query as it is (readers who may see drafts). */
type Budget = Required<FilterLimits> & { relations: number; toMany: number; conditions: number; measureOnly: boolean };
const budgetOf = (limits: FilterLimits, measureOnly = false): Budget => ({
  maxConditions: Infinity,
  maxValueLength: Infinity,
  ...limits,
  relations: 0,
  toMany: 0,
  conditions: 0,
  measureOnly,
});
const TO_MANY = new Set(['oneToMany', 'manyToMany', 'morphMany', 'morphToMany']);

type Attribute = { type: string; target?: string; relation?: string; component?: string; components?: string[]; multiple?: boolean };
type Model = { uid?: string; attributes: Record<string, Attribute>; options?: { draftAndPublish?: boolean } };
export type GetModel = (uid: string) => Model | undefined;

const GROUP = new Set(['$and', '$or']);
const PUBLISHED = { publishedAt: { $notNull: true } };
const MEDIA = 'plugin::upload.file';

const fail = (message: string, path: string[]) => {
  throw new errors.ValidationError(message, { path: path.join('.') });
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const relationTarget = (attribute: Attribute): string | null | undefined => {
  if (attribute.type === 'media') return MEDIA;
  if (attribute.type !== 'relation') return undefined;
  return attribute.target ?? null; // morph relations have no single target
};

function spend(budget: Budget, attribute: Attribute, path: string[]) {
  budget.relations += 1;
  if ((attribute.type === 'media' && attribute.multiple) || TO_MANY.has(attribute.relation ?? '')) budget.toMany += 1;
  if (budget.relations > budget.maxRelations) {
    fail(`Filters may go through at most ${budget.maxRelations} relations per query (each is a join); this one goes through more`, path);
  }
  if (budget.toMany > budget.maxToMany) {
    fail(`Filters may go through at most ${budget.maxToMany} to-many relations per query (their joins multiply); this one goes through more`, path);
  }
}

/**
 * The size of a filter: every `$and`/`$or` branch and every compared value counts as a
 * condition (a GraphQL variable can carry 20,000 `or` branches in one request: SQLite
 * took a minute over them, or failed with a 500), and a compared string is bounded.
 */
function count(budget: Budget, n: number, path: string[]) {
  budget.conditions += n;
  if (budget.conditions > budget.maxConditions) {
    fail(`Filters may have at most ${budget.maxConditions} conditions (branches and compared values) per query`, path);
  }
}
function measureValue(budget: Budget, value: unknown, path: string[]): void {
  if (Array.isArray(value)) {
    for (const v of value) measureValue(budget, v, path);
    return;
  }
  if (isPlainObject(value)) {
    for (const [k, v] of Object.entries(value)) measureValue(budget, v, [...path, k]);
    return;
  }
  count(budget, 1, path);
  if (typeof value === 'string' && value.length > budget.maxValueLength) {
    fail(`A filter value may be at most ${budget.maxValueLength} characters long`, path);
  }
}

export function guardFilters(
  filters: unknown,
  uid: string,
  getModel: GetModel,
  path: string[] = ['filters'],
  budget: Budget = budgetOf(NO_LIMITS),
): unknown {
  if (Array.isArray(filters)) return filters.map((f, i) => guardFilters(f, uid, getModel, [...path, String(i)], budget));
  if (!isPlainObject(filters)) return filters;
  const model = getModel(uid);
  if (!model) return filters;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    const here = [...path, key];
    if (GROUP.has(key)) {
      if (Array.isArray(value)) count(budget, value.length, here);
      out[key] = Array.isArray(value)
        ? value.map((v, i) => guardFilters(v, uid, getModel, [...here, String(i)], budget))
        : guardFilters(value, uid, getModel, here, budget);
      continue;
    }
    if (key === '$not') {
      out[key] = guardFilters(value, uid, getModel, here, budget);
      continue;
    }
    const attribute = model.attributes?.[key];
    if (!attribute) {
      measureValue(budget, value, here); // id, documentId, or a key Strapi's validator refuses
      out[key] = value;
      continue;
    }
    if (attribute.type === 'component') {
      out[key] = guardFilters(value, attribute.component!, getModel, here, budget);
      continue;
    }
    const target = relationTarget(attribute);
    if (budget.measureOnly && (target === null || attribute.type === 'dynamiczone' || !isPlainObject(value))) {
      if (target !== undefined) spend(budget, attribute, here);
      measureValue(budget, value, here);
      out[key] = value;
      continue;
    }
    if (attribute.type === 'dynamiczone') fail(`Filtering on the dynamic zone "${key}" is not supported`, here);
    if (target === undefined) {
      measureValue(budget, value, here);
      out[key] = value; // a scalar field: Strapi validates its operators
      continue;
    }
    if (target === null) fail(`Filtering through the polymorphic relation "${key}" is not supported`, here);
    if (!budget.measureOnly && (!isPlainObject(value) || Object.keys(value).some((k) => k.startsWith('$') && !GROUP.has(k) && k !== '$not'))) {
      fail(`Filter on a field of the related entries, for example filters[${here.slice(1).join('][')}][documentId][$eq]=…`, here);
    }
    spend(budget, attribute, here);
    const inner = guardFilters(value, target!, getModel, here, budget);
    out[key] = !budget.measureOnly && getModel(target!)?.options?.draftAndPublish ? { $and: [inner, PUBLISHED] } : inner;
  }
  return out;
}

/**
 * The filter budget alone, for readers who may see drafts (the admin's Content Manager
 * lists: an Author's list with 8 `$or` branches through speakers held a server for 9.5 s).
 * Throws the same 400 as the content API over the same limits; the query is not changed.
 */
export function checkFilterBudget(filters: unknown, uid: string, getModel: GetModel, limits: FilterLimits): void {
  guardFilters(filters, uid, getModel, ['filters'], budgetOf(limits, true));
}

/** Every sort path; a path through a relation or media is refused. */
export function checkSort(sort: unknown, uid: string, getModel: GetModel, path: string[] = ['sort']): void {
  if (sort === undefined || sort === null || sort === '') return;
  if (Array.isArray(sort)) {
    sort.forEach((s, i) => checkSort(s, uid, getModel, [...path, String(i)]));
    return;
  }
  if (typeof sort === 'string') {
    for (const part of sort.split(',')) {
      const fields = part.trim().split(':')[0].split('.');
      checkSortPath(fields, uid, getModel, path);
    }
    return;
  }
  if (isPlainObject(sort)) {
    for (const [key, value] of Object.entries(sort)) {
      if (isPlainObject(value)) {
        const attribute = getModel(uid)?.attributes?.[key];
        if (attribute?.type === 'component') checkSort(value, attribute.component!, getModel, [...path, key]);
        else checkSortPath([key, 'x'], uid, getModel, path);
      }
    }
  }
}

function checkSortPath(fields: string[], uid: string, getModel: GetModel, path: string[]) {
  let current = uid;
  for (let i = 0; i < fields.length - 1; i += 1) {
    const attribute = getModel(current)?.attributes?.[fields[i]];
    if (!attribute) return; // unknown fields are Strapi's validator's business
    if (attribute.type === 'component') {
      current = attribute.component!;
      continue;
    }
    if (relationTarget(attribute) !== undefined) {
      fail(`Sorting through the relation "${fields[i]}" is not supported: sort by the entry's own fields`, path);
    }
    return;
  }
}

/** Guards the filters and checks the sorts inside a populate, at every depth. */
export function guardPopulate(
  populate: unknown,
  uid: string,
  getModel: GetModel,
  path: string[] = ['populate'],
  limits: FilterLimits = NO_LIMITS,
): unknown {
  if (!isPlainObject(populate)) return populate;
  const model = getModel(uid);
  if (!model) return populate;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(populate)) {
    const attribute = model.attributes?.[key];
    if (!attribute || !isPlainObject(value)) {
      out[key] = value;
      continue;
    }
    const here = [...path, key];
    if (attribute.type === 'dynamiczone') {
      out[key] = isPlainObject(value.on)
        ? { ...value, on: Object.fromEntries(Object.entries(value.on).map(([c, v]) => [c, guardLevel(v, c, getModel, [...here, 'on', c], limits)])) }
        : value;
      continue;
    }
    const target = attribute.type === 'component' ? attribute.component : relationTarget(attribute);
    out[key] = target ? guardLevel(value, target, getModel, here, limits) : value;
  }
  return out;
}

/** One level of a query (root, or an entry of populate): filters, sort, populate. */
export function guardLevel(query: unknown, uid: string, getModel: GetModel, path: string[] = [], limits: FilterLimits = NO_LIMITS): unknown {
  if (!isPlainObject(query)) return query;
  const out: Record<string, unknown> = { ...query };
  if (query.filters !== undefined) out.filters = guardFilters(query.filters, uid, getModel, [...path, 'filters'], budgetOf(limits));
  if (query.sort !== undefined) checkSort(query.sort, uid, getModel, [...path, 'sort']);
  if (query.populate !== undefined) out.populate = guardPopulate(query.populate, uid, getModel, [...path, 'populate'], limits);
  return out;
}

/**
 * Wraps the content API's query sanitiser (used by REST core controllers, the custom
 * delivery routes and every GraphQL resolver, root and nested) so the rule above
 * applies after Strapi's own sanitising, for every caller that may not read drafts.
 */
export function registerPublishedRelations(strapi: any, mayReadDrafts: (requestCtx: any) => boolean, limits: () => FilterLimits) {
  const sanitize = strapi.contentAPI.sanitize;
  const original = sanitize.query.bind(sanitize);
  const getModel: GetModel = (uid) => strapi.getModel(uid);
  sanitize.query = async (query: unknown, schema: { uid: string }, options?: unknown) => {
    const sanitized = await original(query, schema, options);
    if (mayReadDrafts(strapi.requestContext.get())) return sanitized;
    return guardLevel(sanitized, schema.uid, getModel, [], limits());
  };
}
