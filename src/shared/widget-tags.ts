/** The library's elements, as the builder offers them and the theme reserves their space. */
export const WIDGET_TAGS = ['pdk-partner-list', 'pdk-event-calendar', 'pdk-join-button'] as const;
export type WidgetTag = (typeof WIDGET_TAGS)[number];
