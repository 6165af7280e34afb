import pressImport from './press-import';
import merge from './merge';

export default { 'press-import': pressImport, merge };
