/**
 * Which of several lists of needles have one in a text, found in one pass over it: what
 * `lists.map((needles) => needles.some((needle) => text.includes(needle)))` says, without reading
 * the text once per needle. The question reader's phrase table checks a hundred-odd phrases' cue
 * words on every question, twice (and a phrase read changes the text, which is checked again).
 *
 * An Aho–Corasick automaton over every needle, made a full transition table (each state and
 * character gives the next state directly, failures followed when it is built): a scan reads one
 * table entry per character. Characters no needle has share one column, which leads back to the
 * start.
 */
export class NeedleLists {
  /** Column of each UTF-16 code unit some needle has (0: none has it). */
  private readonly columns = new Map<number, number>();
  /** The same for the ASCII code units, read without hashing. */
  private readonly ascii = new Uint16Array(128);
  /** `states × width` next states. */
  private readonly table: Int32Array;
  private readonly width: number;
  /** Per state, the lists one of whose needles ends here (directly or as a suffix). */
  private readonly ends: readonly (readonly number[])[];

  constructor(lists: readonly (readonly string[])[]) {
    for (const needles of lists)
      for (const needle of needles)
        for (let i = 0; i < needle.length; i++) {
          const code = needle.charCodeAt(i);
          if (!this.columns.has(code)) this.columns.set(code, this.columns.size + 1);
        }
    this.width = this.columns.size + 1;
    for (const [code, column] of this.columns) if (code < 128) this.ascii[code] = column;
    // The trie: `goto` per state, and the lists whose needles end at each state.
    const goto: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    lists.forEach((needles, list) => {
      for (const needle of needles) {
        let state = 0;
        for (let i = 0; i < needle.length; i++) {
          const column = this.columns.get(needle.charCodeAt(i))!;
          let next = goto[state]!.get(column);
          if (next === undefined) {
            next = goto.length;
            goto.push(new Map());
            ends.push([]);
            goto[state]!.set(column, next);
          }
          state = next;
        }
        // An empty needle is in every text, as `includes` has it: the start state ends it.
        if (!ends[state]!.includes(list)) ends[state]!.push(list);
      }
    });
    // Breadth first: each state's failure is its longest proper suffix that is a trie state;
    // its missing moves are its failure's, and it ends what its failure ends.
    const table = new Int32Array(goto.length * this.width);
    const fail = new Int32Array(goto.length);
    const queue: number[] = [];
    for (const [column, next] of goto[0]!) {
      table[column] = next;
      queue.push(next);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const failure = fail[state]!;
      for (const list of ends[failure]!) if (!ends[state]!.includes(list)) ends[state]!.push(list);
      for (let column = 0; column < this.width; column++) {
        const next = goto[state]!.get(column);
        if (next === undefined) table[state * this.width + column] = table[failure * this.width + column]!;
        else {
          table[state * this.width + column] = next;
          fail[next] = table[failure * this.width + column]!;
          queue.push(next);
        }
      }
    }
    this.table = table;
    this.ends = ends;
  }

  /** Sets `found[list]` to 1 for each list with a needle in the text, 0 for the others. */
  scan(text: string, found: Uint8Array): void {
    found.fill(0);
    const { table, width, ends, columns, ascii } = this;
    for (const list of ends[0]!) found[list] = 1;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = table[state * width + (code < 128 ? ascii[code]! : (columns.get(code) ?? 0))]!;
      const ended = ends[state]!;
      for (let k = 0; k < ended.length; k++) found[ended[k]!] = 1;
    }
  }
}
