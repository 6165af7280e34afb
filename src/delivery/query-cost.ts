/**
 * The cost of a content-API request, checked before any database work: how deep and how
 * wide a REST `populate` reaches (Strapi sets no limit: ten levels of quotes → article →
 * quotes answered hundreds of MB). Pure: the models come in as a lookup, so the
 * middleware passes `strapi.getModel` and the unit tests a few literal schemas.
 *
 * The walk visits each node of the parsed query once (a `*` adds the attributes of one
 * model): linear in the query, which Strapi's qs parser already bounds (1,000
 * parameters, 20 levels of brackets, array indexes up to 100) and Node bounds to 16 KB
 * of headers.
 */

export type Model = { attributes: Record<string, any> };
export type ModelLookup = (uid: string) => Model | undefined;
export type PopulateLimits = { maxDepth: number; maxRelations: number; maxToMany: number };
/** depth: levels; relations: populated in all; toMany: most to-many relations along one path. */
export type PopulateCost = { depth: number; relations: number; toMany: number };

const POPULATABLE = new Set(['relation', 'media', 'component', 'dynamiczone']);

/**
 * Whether populating the attribute may bring many rows per parent. Strapi does not page
 * populated relations, so each such hop multiplies the answer by however many rows the
 * data holds (an institution's articles, a speaker's quotes).
 */
export function isToMany(attribute: any): boolean {
  if (!attribute) return false;
  if (attribute.type === 'relation') return /Many$/.test(attribute.relation ?? '');
  if (attribute.type === 'media') return attribute.multiple === true;
  if (attribute.type === 'component') return attribute.repeatable === true;
  return attribute.type === 'dynamiczone';
}

/** The model a populated attribute leads to (undefined for dynamic zones and morphs). */
function targetOf(model: Model | undefined, key: string): string | undefined {
  const attribute = model?.attributes?.[key];
  if (!attribute) return undefined;
  if (attribute.type === 'relation') return attribute.target;
  if (attribute.type === 'component') return attribute.component;
  if (attribute.type === 'media') return 'plugin::upload.file';
  return undefined;
}

/**
 * Depth (levels of populated relations) and breadth (populated relations in all) of a
 * REST `populate` on `uid`, in every form Strapi accepts: `*`, `a,b`, `a.b.c`,
 * `[0]=a&[1]=b.c`, `[a]=true`, `[a][populate][b]...`, `[a][populate]=*`, and `on`
 * fragments of dynamic zones. Components and media count like relations: each is one
 * more join.
 */
export function populateCost(populate: unknown, uid: string | undefined, getModel: ModelLookup): PopulateCost {
  const cost: PopulateCost = { depth: 0, relations: 0, toMany: 0 };
  const count = (level: number, hops: number, n = 1) => {
    cost.relations += n;
    if (level > cost.depth) cost.depth = level;
    if (hops > cost.toMany) cost.toMany = hops;
  };
  const model = (u: string | undefined) => (u ? getModel(u) : undefined);

  /** Every populatable attribute of one model, one level down. */
  const star = (u: string | undefined, level: number, hops: number) => {
    const attributes = Object.values(model(u)?.attributes ?? {}).filter((a: any) => POPULATABLE.has(a?.type));
    count(level + 1, hops + (attributes.some(isToMany) ? 1 : 0), Math.max(1, attributes.length));
  };

  /** `a`, `a.b.c` or `*` below `level`. */
  const path = (text: string, u: string | undefined, level: number, hops: number) => {
    if (text === '*') return star(u, level, hops);
    let current = u;
    text.split('.').forEach((segment, i) => {
      const m = model(current);
      hops += isToMany(m?.attributes?.[segment]) ? 1 : 0;
      count(level + i + 1, hops);
      current = targetOf(m, segment);
    });
  };

  /** A `populate` value (the root one, or the one inside a relation's options). */
  const walk = (value: unknown, u: string | undefined, level: number, hops: number): void => {
    if (value === undefined || value === null || value === false || value === 'false' || value === '') return;
    if (typeof value === 'string') {
      for (const part of value.split(',')) if (part.trim()) path(part.trim(), u, level, hops);
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) walk(typeof item === 'string' ? item : String(item), u, level, hops);
      return;
    }
    if (typeof value !== 'object') return count(level + 1, hops);
    for (const [key, sub] of Object.entries(value as Record<string, unknown>)) {
      // Past qs' arrayLimit, `populate[150]=a` arrives as an object keyed by index.
      if (/^\d+$/.test(key) && typeof sub === 'string') {
        walk(sub, u, level, hops);
        continue;
      }
      const m = model(u);
      const h = hops + (isToMany(m?.attributes?.[key]) ? 1 : 0);
      count(level + 1, h);
      options(sub, targetOf(m, key), level + 1, h);
    }
  };

  /** What follows a populated relation: `true`, `*`, or `{ populate, on, fields, ... }`. */
  const options = (sub: unknown, u: string | undefined, level: number, hops: number) => {
    if (sub === null || typeof sub !== 'object' || Array.isArray(sub)) return;
    const o = sub as Record<string, unknown>;
    if (o.populate !== undefined) walk(o.populate, u, level, hops);
    if (o.on && typeof o.on === 'object') {
      // A fragment per component of a dynamic zone: the zone was counted, its parts are one level down.
      for (const [component, fragment] of Object.entries(o.on as Record<string, unknown>)) options(fragment, component, level, hops);
    }
  };

  walk(populate, uid, 0, 0);
  return cost;
}

/** A clear message when `populate` is over the limits, or null. */
export function populateError(cost: PopulateCost, limits: PopulateLimits): string | null {
  if (cost.depth > limits.maxDepth) {
    return `populate is ${cost.depth} levels deep; the maximum is ${limits.maxDepth} (populate=* counts as one level)`;
  }
  if (cost.relations > limits.maxRelations) {
    return `populate asks for ${cost.relations} relations, components and media; the maximum is ${limits.maxRelations} per request`;
  }
  if (cost.toMany > limits.maxToMany) {
    return `populate follows ${cost.toMany} to-many relations along one path (each brings every related row: Strapi does not page populated relations); the maximum is ${limits.maxToMany}`;
  }
  return null;
}

/** The content type a REST path under the prefix reads: /api/articles/... → api::article.article. */
export function contentTypeOfPath(path: string, prefix: string, contentTypes: Record<string, any>): string | undefined {
  const segment = path.slice(prefix.length).split('/')[1];
  if (!segment) return undefined;
  for (const [uid, ct] of Object.entries(contentTypes)) {
    if (uid.startsWith('api::') && (ct?.info?.pluralName === segment || ct?.info?.singularName === segment)) return uid;
  }
  return undefined;
}

/** "5 MB" / "800 KB" / "900 bytes" for messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}
