import pressImport from './press-import';

export default { 'press-import': pressImport };
