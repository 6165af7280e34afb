/**
 * Russian for the Content Manager texts an editor meets every day that Strapi 5.54's own
 * Russian translation lacks (it falls back to English): edit-view tabs and panels, the
 * Home page widgets, list status filters. Strapi's own keys; remove one when Strapi ships it.
 */
export const STRAPI_RU_GAPS: Record<string, string> = {
  'content-manager.containers.edit.tabs.draft': 'черновик',
  'content-manager.containers.edit.tabs.published': 'опубликовано',
  'content-manager.containers.edit.panels.default.title': 'Запись',
  'content-manager.containers.edit.information.last-published.label': 'Опубликовано',
  'content-manager.containers.edit.information.last-draft.label': 'Изменено',
  'content-manager.preview.panel.title': 'Предпросмотр',
  'content-manager.preview.panel.button-configuration': 'Настроить предпросмотр',
  'content-manager.success.records.publish': 'Опубликовано.',
  'content-manager.success.records.unpublish': 'Снято с публикации.',
  'content-manager.containers.List.statusFilter.draft': 'Черновик (не публиковался)',
  'content-manager.containers.List.statusFilter.published': 'Опубликовано (все)',
  'content-manager.containers.List.statusFilter.publishedModified': 'Опубликовано (с изменениями)',
  'content-manager.containers.List.statusFilter.publishedUnmodified': 'Опубликовано (без изменений)',
  'content-manager.widget.last-edited.title': 'Последние изменённые записи',
  'content-manager.widget.last-edited.no-data': 'Нет изменённых записей',
  'content-manager.widget.last-published.title': 'Последние опубликованные записи',
  'content-manager.widget.last-published.no-data': 'Нет опубликованных записей',
  'content-manager.widget.chart-entries.title': 'Записи',
  'content-manager.widget.chart-entries.count.label': '{count, plural, one {запись} few {записи} other {записей}}',
  'HomePage.addWidget.title': 'Добавить виджет',
  'HomePage.addWidget.button': 'Добавить виджет',
  'HomePage.addWidget.noWidgetsAvailable': 'Нет виджетов для добавления',
  // Seen in English or clumsy Russian by a picky user (issue 12).
  'content-manager.containers.List.modified': 'Изменено',
  'content-manager.containers.list.filters.status': 'Статус',
  'content-manager.relation.add': 'Добавить или создать связь',
  'content-manager.components.RelationInput.icon-button-aria-label': 'Перетащить',
  // Strapi's own lacks the `other` form, so "300 characters" stayed English.
  'content-manager.form.Input.hint.character.unit': '{maxValue, plural, one { символ} few { символа} many { символов} other { символа}}',
  'i18n.list-view.table.header.label': 'Есть на языках',
  'i18n.CMEditViewBulkLocale.status': 'Статус',
  'upload.header.search.placeholder': 'Поиск',
};
