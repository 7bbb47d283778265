import type { KnowledgeBase } from "./knowledge.ts";
import { type Token, tokenize } from "./language/normalize.ts";
import type { Entity, Fact } from "./schema.ts";

// Word sequences are needed per question only for the few leading facts, but the same facts lead
// again and again: tokenise each text once and keep it as long as the record lives.
const factTokens = new WeakMap<Fact, Token[][]>();
const entityTokens = new WeakMap<Entity, { line: Token[]; names: string[][] }>();

export function factSequences(fact: Fact): Token[][] {
  let sequences = factTokens.get(fact);
  if (!sequences) {
    sequences = [tokenize(fact.statement), tokenize(fact.quote)];
    factTokens.set(fact, sequences);
  }
  return sequences;
}

export function entityWords(entity: Entity): { line: Token[]; names: string[][] } {
  let words = entityTokens.get(entity);
  if (!words) {
    words = {
      line: tokenize(`${entity.name} , ${entity.description}`),
      names: [entity.name, ...entity.aliases].map((name) => tokenize(name).map((token) => token.word)),
    };
    entityTokens.set(entity, words);
  }
  return words;
}

/** Where a name (its lower-case words) starts in a token sequence. */
export function namePositions(sequence: readonly Token[], name: readonly string[]): number[] {
  const out: number[] = [];
  pushNamePositions(out, sequence, name);
  return out;
}

/** `namePositions` added to `out` (plain loops: this runs for every name of every fact scored). */
function pushNamePositions(out: number[], sequence: readonly Token[], name: readonly string[]): void {
  const length = name.length;
  if (length === 0) return;
  for (let i = 0; i + length <= sequence.length; i++) {
    let k = 0;
    while (k < length && sequence[i + k]!.word === name[k]) k++;
    if (k === length) out.push(i);
  }
}

/**
 * Where any of the entities is named in a token sequence, by its name or curated aliases (names a
 * scope added later are found by the entity index, not here).
 */
export function mentionPositions(
  sequence: readonly Token[],
  entityIds: readonly string[],
  kb: KnowledgeBase,
): number[] {
  const out: number[] = [];
  for (const id of entityIds) {
    const entity = kb.entity(id);
    if (!entity) continue;
    for (const words of entityWords(entity).names) pushNamePositions(out, sequence, words);
    // "Mongolian Foreign Minister" names Mongolia as "Foreign Minister of Mongolia" does.
    if (entity.kind === "country") {
      for (let i = 0; i < sequence.length; i++) {
        if (sequence[i]!.nameLike && kb.countryOfAdjectiveAt(sequence, i)?.country === id) out.push(i);
      }
    }
  }
  return out;
}
