// Every occurrence of every stem in one left-to-right pass over the text: an
// Aho–Corasick automaton compiled to a transition table. V8 runs a long
// alternation of literals by trying alternatives at each position; the table
// costs one array read per character however many stems there are.
//
// Stems are matched exactly as written (the caller lower-cases the text), and
// an occurrence inside another (overlapping, or a stem that is a prefix or a
// suffix of another) is reported too.

export interface StemScanner {
  /** The stems, by the index `scan` reports. */
  readonly stems: readonly string[];
  /** Calls `found(stem index, start offset)` for each occurrence, in order of the occurrence's end. */
  scan(text: string, found: (stem: number, start: number) => void): void;
}

export function buildStemScanner(stems: readonly string[]): StemScanner {
  // Character classes: 0 for every code unit no stem holds, 1.. for the others.
  const classOf = new Uint16Array(0x10000);
  let classes = 1;
  for (const stem of stems) {
    for (let k = 0; k < stem.length; k++) {
      const c = stem.charCodeAt(k);
      if (classOf[c] === 0) classOf[c] = classes++;
    }
  }

  // The trie: state 0 is the root; -1 = no edge yet.
  const maxStates = 1 + stems.reduce((sum, stem) => sum + stem.length, 0);
  const next = new Int32Array(maxStates * classes).fill(-1);
  const ends: number[][] = [[]];
  stems.forEach((stem, index) => {
    let state = 0;
    for (let k = 0; k < stem.length; k++) {
      const slot = state * classes + classOf[stem.charCodeAt(k)];
      if (next[slot] < 0) {
        next[slot] = ends.length;
        ends.push([]);
      }
      state = next[slot];
    }
    ends[state].push(index);
  });

  // Breadth first, so each state's fallback (the longest proper suffix of its
  // path that is also a path) is complete before its children need it; missing
  // edges then take the fallback's edge, which makes the table a full DFA.
  const fallback = new Int32Array(ends.length);
  const queue: number[] = [];
  for (let a = 0; a < classes; a++) {
    const child = next[a];
    if (child < 0) next[a] = 0;
    else queue.push(child);
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q];
    const back = fallback[state];
    // A state also ends every stem its fallback ends.
    for (const index of ends[back]) ends[state].push(index);
    for (let a = 0; a < classes; a++) {
      const slot = state * classes + a;
      const child = next[slot];
      const viaBack = next[back * classes + a];
      if (child < 0) next[slot] = viaBack;
      else {
        fallback[child] = viaBack;
        queue.push(child);
      }
    }
  }

  const lengths = stems.map((stem) => stem.length);
  // The hot loop reads only typed arrays, with no multiplication: transitions
  // hold the target state's row offset (state × classes), and a flag at each
  // row offset says whether any stem ends in that state.
  const width = classes;
  const rows = Int32Array.from(next, (state) => state * width);
  const endsAt = new Uint8Array(next.length);
  ends.forEach((list, state) => { if (list.length > 0) endsAt[state * width] = 1; });
  return {
    stems,
    scan(text, found) {
      // Locals, not closure reads, inside the loop: V8 keeps them in registers.
      const table = rows;
      const classOfCode = classOf;
      const flags = endsAt;
      let row = 0;
      const length = text.length;
      for (let k = 0; k < length; k++) {
        row = table[row + classOfCode[text.charCodeAt(k)]];
        if (flags[row] !== 0) for (const index of ends[row / width]) found(index, k + 1 - lengths[index]);
      }
    },
  };
}
