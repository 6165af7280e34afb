import type { Core } from '@strapi/strapi';
import { COMPONENT_LABELS, CONTENT_TYPE_LABELS, type TypeLabels } from '../lib/admin-labels';

/**
 * Seeds the Content Manager's view configuration of the newsroom's types (what
 * "Configure the view" edits): field labels, the field that names an entry (in lists,
 * relation pickers, the Home page) and the list columns (src/lib/admin-labels.ts).
 *
 * A value is replaced only while it is still the one Strapi generated (a label equal to
 * the field's name, Strapi's default entry title, the default first four list columns):
 * what an administrator changes in "Configure the view" is kept across restarts.
 */

type Model = { uid: string; attributes: Record<string, any> };
type Configuration = {
  settings: Record<string, any>;
  metadatas: Record<string, { edit?: Record<string, any>; list?: Record<string, any> }>;
  layouts: { list?: string[]; edit?: unknown[] };
};

/** Strapi's choice of entry title: the first string attribute (the CM model lists id first, documentId last). */
const strapiMainField = (model: Model) =>
  Object.keys(model.attributes).find((name) => model.attributes[name].type === 'string' && name !== 'id') ?? 'id';

const NON_LISTABLE = ['json', 'password', 'richtext', 'dynamiczone', 'blocks'];

/** Strapi's default list columns: the first four listable attributes (documentId excluded). */
const strapiListLayout = (model: Model) =>
  Object.keys(model.attributes)
    .filter((name) => name !== 'documentId' && !NON_LISTABLE.includes(model.attributes[name].type))
    .slice(0, 4);

const sameList = (a: string[] | undefined, b: string[]) => Array.isArray(a) && a.length === b.length && a.every((x, i) => x === b[i]);

/** The configuration with the newsroom's values where Strapi's generated ones still stand (a copy). */
export function seedConfiguration(
  model: Model,
  configuration: Configuration,
  labels: TypeLabels,
  findModel: (uid: string) => Model | undefined,
): Configuration {
  const next: Configuration = JSON.parse(JSON.stringify(configuration));
  const defaultMain = strapiMainField(model);
  if (labels.mainField && labels.mainField in model.attributes && next.settings.mainField === defaultMain) {
    next.settings.mainField = labels.mainField;
    if (next.settings.defaultSortBy === defaultMain) next.settings.defaultSortBy = labels.mainField;
  }
  for (const [field, label] of Object.entries(labels.fields)) {
    const metadata = next.metadatas[field];
    if (!metadata) continue;
    if (metadata.edit && metadata.edit.label === field) metadata.edit.label = label.en;
    if (metadata.list && metadata.list.label === field) metadata.list.label = label.en;
  }
  for (const [field, attribute] of Object.entries(model.attributes)) {
    const edit = next.metadatas[field]?.edit;
    if (attribute.type !== 'relation' || !edit) continue;
    const target = attribute.target ? findModel(attribute.target) : undefined;
    const wanted = target && CONTENT_TYPE_LABELS[target.uid]?.mainField;
    if (target && wanted && edit.mainField === strapiMainField(target)) edit.mainField = wanted;
  }
  if (labels.list && sameList(next.layouts.list, strapiListLayout(model))) next.layouts.list = [...labels.list];
  return next;
}

export async function ensureContentManagerViews(strapi: Core.Strapi) {
  const cm = strapi.plugin('content-manager');
  const services = [
    { service: cm.service('content-types'), find: 'findContentType', types: CONTENT_TYPE_LABELS },
    { service: cm.service('components'), find: 'findComponent', types: COMPONENT_LABELS },
  ];
  const contentTypes = cm.service('content-types');
  const findModel = (uid: string) => contentTypes.findContentType(uid) as Model | undefined;
  for (const { service, find, types } of services) {
    for (const [uid, labels] of Object.entries(types)) {
      const model = service[find](uid) as Model | undefined;
      if (!model) continue;
      const current = (await service.findConfiguration(model)) as Configuration;
      const next = seedConfiguration(model, current, labels, findModel);
      if (JSON.stringify(next) === JSON.stringify(current)) continue;
      await service.updateConfiguration(model, { settings: next.settings, metadatas: next.metadatas, layouts: next.layouts });
    }
  }
}
