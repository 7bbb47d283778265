/**
 * "Qui est le secrétaire général du Harbour Council ?": the store and its answers are in English. A
 * question in another language gets one line saying so, not a refusal about its words read as
 * English names ("no facts about "Qui""); an English question with a foreign name in it is still
 * answered as English.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { envoyVisitStore } from "./support/made-up-envoy-visit.ts";

const engine = engineFrom(envoyVisitStore());

describe("a question in another language is told the bot answers in English", () => {
  for (const question of [
    "Qui est le secrétaire général du Harbour Council ?",
    "¿Quién es el presidente de Norvia?",
    "Wer ist der Generalsekretär des Harbour Council?",
    "Кто президент Норвии?",
    // Plain ASCII, short, and in other scripts: the rule reads each alike.
    "Quando foi assinado o acordo?",
    "Wann wurde das Abkommen unterzeichnet?",
    "Chi è il segretario generale?",
    "Когда была подписана сделка?",
    "谁是秘书长？",
  ]) {
    it(`says so for "${question}"`, () => {
      const result = askedIn(engine, question);
      expect(result.answered).toBe(false);
      expect(result.answer).toMatch(/in English/);
      expect(result.answer).not.toMatch(/facts? about "/);
    });
  }

  for (const question of [
    "Did Velko meet José de la Rive of the Harbour Council?",
    "who is Pieter de Graaf and Ana da Costa?",
  ]) {
    it(`reads "${question}", English with foreign names in it, as English`, () => {
      expect(askedIn(engine, question).answer).not.toMatch(/in English/);
    });
  }
});
