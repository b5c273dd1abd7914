/**
 * Every visible string of the kit in other languages, for the "labels in another language"
 * stories. A host passes an object like these as the `labels` prop; anything left out stays English.
 */
import type { Labels } from '../src/render/labels.js';

/** German. `one`/`other` follow Intl.PluralRules for 'de'. */
export const germanLabels = {
  tableOfContents: 'Auf dieser Seite',
  headingPermalink: 'Link zum Abschnitt: {title}',
  footnotes: 'Fußnoten',
  published: '{date}',
  updated: 'Aktualisiert am {date}',
  readingTime: { one: '{count} Minute Lesezeit', other: '{count} Minuten Lesezeit' },
  authors: 'Autorinnen und Autoren',
  tags: 'Schlagwörter',
  table: 'Tabelle',
  tableColumns: 'Tabelle: {columns}',
  copyCode: 'Code kopieren',
  codeCopied: 'Kopiert',
  calloutNote: 'Hinweis',
  calloutTip: 'Tipp',
  calloutImportant: 'Wichtig',
  calloutWarning: 'Warnung',
  calloutCaution: 'Vorsicht',
  calloutInfo: 'Info',
  calloutDanger: 'Gefahr',
} satisfies Labels;

/** Persian, for the right-to-left stories. */
export const persianLabels = {
  tableOfContents: 'در این صفحه',
  headingPermalink: 'پیوند به بخش: {title}',
  footnotes: 'پانوشت‌ها',
  published: '{date}',
  updated: 'به‌روزرسانی: {date}',
  readingTime: { other: '{count} دقیقه مطالعه' },
  authors: 'نویسندگان',
  tags: 'برچسب‌ها',
  table: 'جدول',
  tableColumns: 'جدول: {columns}',
  copyCode: 'کپی کد',
  codeCopied: 'کپی شد',
  calloutNote: 'یادداشت',
  calloutTip: 'نکته',
  calloutImportant: 'مهم',
  calloutWarning: 'هشدار',
  calloutCaution: 'احتیاط',
  calloutInfo: 'اطلاعات',
  calloutDanger: 'خطر',
} satisfies Labels;

/** Japanese. */
export const japaneseLabels = {
  tableOfContents: 'このページの内容',
  headingPermalink: 'セクションへのリンク: {title}',
  footnotes: '脚注',
  published: '{date}',
  updated: '{date} 更新',
  readingTime: { other: '{count}分で読めます' },
  authors: '著者',
  tags: 'タグ',
  table: '表',
  tableColumns: '表: {columns}',
  copyCode: 'コードをコピー',
  codeCopied: 'コピーしました',
  calloutNote: 'メモ',
  calloutTip: 'ヒント',
  calloutImportant: '重要',
  calloutWarning: '警告',
  calloutCaution: '注意',
  calloutInfo: '情報',
  calloutDanger: '危険',
} satisfies Labels;

/** Simplified Chinese. */
export const chineseLabels = {
  tableOfContents: '本页内容',
  headingPermalink: '链接到章节：{title}',
  footnotes: '脚注',
  published: '{date}',
  updated: '更新于 {date}',
  readingTime: { other: '阅读约 {count} 分钟' },
  authors: '作者',
  tags: '标签',
  table: '表格',
  tableColumns: '表格：{columns}',
  copyCode: '复制代码',
  codeCopied: '已复制',
  calloutNote: '注意',
  calloutTip: '提示',
  calloutImportant: '重要',
  calloutWarning: '警告',
  calloutCaution: '小心',
  calloutInfo: '信息',
  calloutDanger: '危险',
} satisfies Labels;
