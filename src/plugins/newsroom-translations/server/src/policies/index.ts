import mayCreateInLocale from './may-create-in-locale';

export default { 'may-create-in-locale': mayCreateInLocale };
