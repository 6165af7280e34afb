import { Upload } from '@strapi/icons';

export const PluginIcon = () => <Upload />;
