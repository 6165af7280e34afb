// Slugs are made by the same pure functions on every path (the Document Service
// middleware here, the importer's bulk writes in the plugin): they live with the plugin.
export { firstFreeSlug, slugify } from '../plugins/press-import/server/src/domain/slug';
