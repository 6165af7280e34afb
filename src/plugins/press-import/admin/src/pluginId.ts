export const PLUGIN_ID = 'press-import';
