import { Earth } from '@strapi/icons';

export const PluginIcon = () => <Earth />;
