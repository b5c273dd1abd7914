const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** A run of whole lines of a document: fenced code (the fences included), or the text between. */
export interface LineRun {
  code: boolean;
  lines: string[];
}

/**
 * A document cut into runs of lines inside and outside fenced code, for the passes that rewrite
 * the text before the parser reads it and must leave code alone. The runs' lines, joined with
 * `\n`, give the document back.
 */
export function fenceRuns(doc: string): LineRun[] {
  const runs: LineRun[] = [];
  let fence = '';
  let run: LineRun | undefined;
  const push = (code: boolean, line: string) => {
    if (run?.code !== code) runs.push((run = { code, lines: [] }));
    run.lines.push(line);
  };
  for (const line of doc.split('\n')) {
    const opened = FENCE.exec(line);
    if (fence) {
      if (opened && opened[1]![0] === fence[0] && opened[1]!.length >= fence.length) fence = '';
      push(true, line);
    } else if (opened) {
      fence = opened[1]!;
      push(true, line);
    } else {
      push(false, line);
    }
  }
  return runs;
}
