/** One row of an option table: a property of an options type, its `@default` and its JSDoc. */
export interface OptionRow {
  name: string;
  default: string;
  meaning: string;
}
export function optionRows(typeText: string, imports: string): OptionRow[];
export function optionTable(rows: OptionRow[]): string;
export function parseOptionsTable(): string;
export function readmeTable(readme: string): string | undefined;
