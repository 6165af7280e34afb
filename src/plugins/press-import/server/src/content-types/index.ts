import importRecordSchema from './import-record/schema.json';

export default {
  'import-record': { schema: importRecordSchema },
};
