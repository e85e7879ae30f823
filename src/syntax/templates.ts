/**
 * Feature templates as data: each template is a number and one to three slots of a vector of values, and one loop
 * hashes them all, giving exactly f1/f2/f3 of hash.ts (the shipped weights are keyed by those). A hot feature
 * function then costs one loop with the hash written out once, instead of dozens of calls to the hash functions
 * (too many for the compiler to inline into one function).
 *
 * @example
 * const program = templates([[16, S0W, B0W], [19, S0T, B0T]]); // f2(16, v[S0W], v[B0W]), f2(19, v[S0T], v[B0T])
 * const n = hashTemplates(program, values, out, 0);
 */

/** One template: its number, then the slots of its one to three values. */
export type Template = readonly [number, number] | readonly [number, number, number] | readonly [number, number, number, number];

/** Compiled templates: per template [imul(t + 1, 0x9e3779b1), arity, slot a, slot b | slot c << 16]. */
export type TemplateProgram = Int32Array;

export function templates(list: readonly Template[]): TemplateProgram {
  const code = new Int32Array(4 * list.length);
  list.forEach((tpl, i) => {
    const [t, a, b = 0, c = 0] = tpl;
    if (tpl.some((x, k) => k > 0 && (x < 0 || x > 0xffff))) throw new RangeError(`template ${t}: value slots must be 0..65535`);
    code[4 * i] = Math.imul(t + 1, 0x9e3779b1);
    code[4 * i + 1] = tpl.length - 1;
    code[4 * i + 2] = a;
    code[4 * i + 3] = b | (c << 16);
  });
  return code;
}

/** Writes the hash of every template of `program` over `values` into `out` from `at`; returns the index after. */
export function hashTemplates(program: TemplateProgram, values: Int32Array | Uint32Array, out: Uint32Array, at: number): number {
  let n = at;
  for (let i = 0; i < program.length; i += 4) {
    let h = (program[i] as number) ^ (values[program[i + 2] as number] as number);
    h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
    const arity = program[i + 1] as number;
    if (arity > 1) {
      const bc = program[i + 3] as number;
      h = Math.imul(h, 0x27d4eb2f) ^ (values[bc & 0xffff] as number);
      h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
      if (arity > 2) {
        h = Math.imul(h, 0x165667b1) ^ (values[bc >>> 16] as number);
        h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
      }
    }
    out[n++] = h;
  }
  return n;
}
