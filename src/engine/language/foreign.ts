import { isEnglishWord } from "./english.ts";

/**
 * The question words, articles, prepositions and forms of "to be" of the languages a member most
 * often writes in besides English (French, Spanish, Portuguese, Italian, German). A word that is
 * also an English word ("die", "was", "son", "con") is left out where it is read (`foreignWords`):
 * it says nothing of the language.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  // French
  ...["qui", "que", "quoi", "quel", "quelle", "quels", "quelles", "où", "pourquoi", "combien"],
  ...["est", "sont", "était", "ont", "été", "le", "les", "des", "du", "de", "un", "une", "et"],
  ...["avec", "dans", "sur", "au", "aux", "ce", "cette", "qu'est-ce"],
  // Spanish
  ...["qué", "quién", "quiénes", "cuál", "cuáles", "cuándo", "dónde", "cómo", "por", "para"],
  ...["el", "los", "las", "es", "fue", "una", "del", "al", "está", "están"],
  // Portuguese
  ...["qual", "quais", "quem", "quando", "onde", "como", "foi", "são", "os", "uma", "em", "na", "do", "da"],
  // Italian
  ...["chi", "che", "cosa", "quale", "dove", "perché", "il", "gli", "della", "delle", "di", "è", "sono"],
  // German
  ...["wer", "wie", "wo", "warum", "wann", "welche", "welcher", "ist", "sind", "der", "das", "dem"],
  ...["und", "mit", "von", "zu", "nicht", "ein", "eine"],
]);

const WORD = /[\p{L}'’-]+/gu;
const LETTER = /\p{L}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;
const NOT_ASCII = /[^\x20-\x7e]/;
const EDGE_MARKS = /^['’-]+|['’-]+$/g;

/**
 * Whether the question is written in another language than English: most of its letters are of
 * another script (Cyrillic, Arabic, Chinese), or it has at least two function words of another
 * language and they, with its accented words, outnumber its English words ("Qui est le secrétaire
 * général de la CICA ?"). A word of a name the store knows (`known`) is no other language's: "Who
 * met José Luis de la Vega?" is English. The store's facts are in English; such a question is answered with
 * one line saying so, not read word by word as English and refused as about "Qui".
 */
export function writtenInAnotherLanguage(question: string, known: (word: string) => boolean): boolean {
  // (A question of plain ASCII has no letter of another script, and most have no two function
  // words of another language: both are seen before any word is looked up as English.)
  if (NOT_ASCII.test(question)) {
    const letters = question.match(LETTER)?.length ?? 0;
    if (letters === 0) return false;
    const latin = question.match(LATIN_LETTER)?.length ?? 0;
    if (letters >= 3 && latin * 2 < letters) return true;
  }
  const words: string[] = [];
  let functionWords = 0;
  for (const typed of question.toLowerCase().match(WORD) ?? []) {
    const word = typed.replace(EDGE_MARKS, "");
    if (word === "") continue;
    words.push(word);
    if (FUNCTION_WORDS.has(word)) functionWords++;
  }
  if (functionWords < 2) return false;
  let foreign = 0;
  let accented = 0;
  let english = 0;
  for (const word of words) {
    if (isEnglishWord(word)) english++;
    else if (known(word)) continue;
    else if (FUNCTION_WORDS.has(word)) foreign++;
    else if (NOT_ASCII.test(word)) accented++;
  }
  return foreign >= 2 && foreign + accented > english;
}
