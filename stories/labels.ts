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
  share: 'Beitrag teilen',
  shareOn: 'Auf {network} teilen',
  shareEmail: 'E-Mail',
  shareByEmail: 'Per E-Mail teilen',
  copyLink: 'Link kopieren',
  linkCopied: 'Link kopiert',
  nativeShare: 'Teilen …',
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
  share: 'هم‌رسانی این نوشته',
  shareOn: 'هم‌رسانی در {network}',
  shareEmail: 'ایمیل',
  shareByEmail: 'هم‌رسانی با ایمیل',
  copyLink: 'رونوشت پیوند',
  linkCopied: 'پیوند رونوشت شد',
  nativeShare: 'هم‌رسانی…',
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
  share: 'この記事を共有',
  shareOn: '{network}で共有',
  shareEmail: 'メール',
  shareByEmail: 'メールで共有',
  copyLink: 'リンクをコピー',
  linkCopied: 'リンクをコピーしました',
  nativeShare: '共有…',
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
  share: '分享这篇文章',
  shareOn: '分享到 {network}',
  shareEmail: '邮件',
  shareByEmail: '通过邮件分享',
  copyLink: '复制链接',
  linkCopied: '链接已复制',
  nativeShare: '分享…',
} satisfies Labels;
