import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { PROJECT_ROOT } from "../src/config/paths.ts";
import { turnToKeep } from "../src/engine/conversation.ts";
import { Engine } from "../src/engine/engine.ts";
import type { Judgement } from "../src/engine/evidence.ts";
import type { AnswerResult, DialogueTurn } from "../src/engine/schema.ts";

/**
 * The labeled evaluation: questions people ask about the seed article and made-up articles, each
 * with what a right answer must contain or that it must be refused. Both sides count: a right
 * answer, and an honest refusal. Tune on `dev`; `test` (and the held-out articles' questions,
 * written by someone who never saw the engine's code) say how it does on what it was not tuned on.
 */

export const EvalCase = z
  .strictObject({
    id: z.string().min(1),
    family: z.string().min(1),
    article: z.string().min(1),
    q: z.string(),
    /** Earlier questions of the same conversation, asked first. */
    after: z.array(z.string()).optional(),
    /** Groups of alternatives: a right answer contains one string of every group. */
    expect: z
      .array(z.array(z.string().min(1)).min(1))
      .min(1)
      .optional(),
    refuse: z.literal(true).optional(),
    /**
     * A false premise ("why did X sign?" when X did not): right if the answer corrects it with
     * the words of `expect`, or if it is refused; an answer without the correction is wrong.
     */
    refuse_ok: z.literal(true).optional(),
  })
  .refine((c) => (c.expect === undefined) !== (c.refuse === undefined), "exactly one of expect or refuse")
  .refine(
    (c) => c.refuse_ok === undefined || (c.expect !== undefined && c.family === "false-premise"),
    "refuse_ok only with expect, on a false-premise question",
  );
export type EvalCase = z.infer<typeof EvalCase>;

export interface Split {
  name: string;
  /** Each group of questions with the store its labels were written for. */
  groups: { store: readonly string[]; cases: EvalCase[] }[];
}

/**
 * The store questions are asked against: the curated data and the made-up articles together, as
 * their writers saw it (labels such as "the latest meeting" depend on what else the store holds).
 */
export const STORE_PARTS = [
  join(PROJECT_ROOT, "data"),
  join(PROJECT_ROOT, "test", "fixtures", "second-event"),
  join(PROJECT_ROOT, "test", "fixtures", "third-event"),
];
/** Questions about a fourth made-up article (dev only), written with it added. */
export const FOURTH_STORE_PARTS = [...STORE_PARTS, join(PROJECT_ROOT, "test", "fixtures", "fourth-event")];
/** Questions about a fifth made-up article (dev only), written with it added to the four. */
export const FIFTH_STORE_PARTS = [
  ...FOURTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "fifth-event"),
];
/** Questions about a sixth made-up article (dev only), written with it added to the five. */
export const SIXTH_STORE_PARTS = [
  ...FIFTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "sixth-event"),
];
/** Questions about a seventh made-up article (dev only), written with it added to the six. */
export const SEVENTH_STORE_PARTS = [
  ...SIXTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "seventh-event"),
];
/** Questions about an eighth made-up article (dev only), written with it added to the seven. */
export const EIGHTH_STORE_PARTS = [
  ...SEVENTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "eighth-event"),
];

/** + a ninth made-up article (a five-member Carpathian forest-fire council, Cluj-Napoca). */
export const NINTH_STORE_PARTS = [
  ...EIGHTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "ninth-event"),
];
/** + a tenth (two articles months apart: Kyrgyzstan–Tajikistan glacial-flood warning talks, then the deal). */
export const TENTH_STORE_PARTS = [
  ...NINTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "tenth-event"),
];
/** + an eleventh (three articles over a year: a Malacca Strait oil-spill response plan, talks to the deal). */
export const ELEVENTH_STORE_PARTS = [
  ...TENTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "eleventh-event"),
];
/** + a twelfth (two articles five months apart: Djibouti–Somalia locust patrols, talks then the pact). */
export const TWELFTH_STORE_PARTS = [
  ...ELEVENTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "twelfth-event"),
];
/** + a thirteenth (two articles seven months apart: Mauritius–Madagascar seasonal work visas). */
export const THIRTEENTH_STORE_PARTS = [
  ...TWELFTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "thirteenth-event"),
];
/** + a fourteenth (three articles over 2026: Georgia–Armenia summer hydropower exports). */
export const FOURTEENTH_STORE_PARTS = [
  ...THIRTEENTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "fourteenth-event"),
];
/** + a fifteenth (three articles over 2026: a Cameroon–Gabon vaccine plant in Kribi). */
export const FIFTEENTH_STORE_PARTS = [
  ...FOURTEENTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "fifteenth-event"),
];
/** + a sixteenth (three articles: the Osogovo park of Bulgaria and North Macedonia, which Serbia joins). */
export const SIXTEENTH_STORE_PARTS = [
  ...FIFTEENTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "sixteenth-event"),
];
/** + a seventeenth (three articles: Sierra Leone–Liberia free roaming, which Côte d'Ivoire joins). */
export const SEVENTEENTH_STORE_PARTS = [
  ...SIXTEENTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "seventeenth-event"),
];
/** + an eighteenth (three articles: the Nepal–Bhutan Himalayan Scholars Exchange; negotiators replaced twice). */
export const EIGHTEENTH_STORE_PARTS = [
  ...SEVENTEENTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "eighteenth-event"),
];
/** + a nineteenth (three articles: the Egypt–Sudan Lake Nasser ferry restored; a minister and a chair replaced). */
export const NINETEENTH_STORE_PARTS = [
  ...EIGHTEENTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "nineteenth-event"),
];
/** + a twentieth (three articles: the Grenada–Dominica housing fund; a lender's share and a building code disputed). */
export const TWENTIETH_STORE_PARTS = [
  ...NINETEENTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "twentieth-event"),
];
/** + a twenty-first (three articles: the Samoa–Tonga Tasi cable repair; a delay, then the cable restored). */
export const TWENTY_FIRST_STORE_PARTS = [
  ...TWENTIETH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "twenty-first-event"),
];
/** + a twenty-second (three articles: the Saint Kitts–Antigua hurricane warning network; a site dispute). */
export const TWENTY_SECOND_STORE_PARTS = [
  ...TWENTY_FIRST_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "twenty-second-event"),
];
/** + a twenty-third (three articles: the Timor-Leste–Cuba dengue vaccine trial; a site cancelled, a cost dispute). */
export const TWENTY_THIRD_STORE_PARTS = [
  ...TWENTY_SECOND_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "twenty-third-event"),
];
/** + a twenty-fourth (three articles: the Abidjan–Ouagadougou railway). */
export const TWENTY_FOURTH_STORE_PARTS = [
  ...TWENTY_THIRD_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "twenty-fourth-event"),
];
/** + a twenty-fifth (three articles: Trinidad and Tobago–Venezuela fishing in the Gulf of Paria). */
export const TWENTY_FIFTH_STORE_PARTS = [
  ...TWENTY_FOURTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "twenty-fifth-event"),
];
/** + a twenty-sixth (three articles: Nepal–Bangladesh power trade through India). */
export const TWENTY_SIXTH_STORE_PARTS = [
  ...TWENTY_FIFTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "twenty-sixth-event"),
];
/** + a twenty-seventh (three articles: Bosnia and Herzegovina–Croatia flood defences on the Sava). */
export const TWENTY_SEVENTH_STORE_PARTS = [
  ...TWENTY_SIXTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "twenty-seventh-event"),
];
/** + a twenty-eighth (three articles: the Argentina–Chile Piedra Azul road tunnel). */
export const TWENTY_EIGHTH_STORE_PARTS = [
  ...TWENTY_SEVENTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "twenty-eighth-event"),
];
/** + a twenty-ninth (three articles: Greece–Albania clean-up of the Prespa lakes; North Macedonia joins). */
export const TWENTY_NINTH_STORE_PARTS = [
  ...TWENTY_EIGHTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "twenty-ninth-event"),
];
/** + a thirtieth (three articles: the Mexico–Guatemala jaguar corridor; Belize joins). */
export const THIRTIETH_STORE_PARTS = [
  ...TWENTY_NINTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "thirtieth-event"),
];
/** + a thirty-first (three articles: Libya–Tunisia reopen the Ras Ajdir crossing and share a desalination plant). */
export const THIRTY_FIRST_STORE_PARTS = [
  ...THIRTIETH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "thirty-first-event"),
];
/** + a thirty-second (three articles: the Ireland–Iceland data cable and a shared fisheries research ship). */
export const THIRTY_SECOND_STORE_PARTS = [
  ...THIRTY_FIRST_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "thirty-second-event"),
];
/** + a thirty-third (three articles: Saudi Arabia–Bahrain build a second causeway with a rail link). */
export const THIRTY_THIRD_STORE_PARTS = [
  ...THIRTY_SECOND_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "thirty-third-event"),
];
/** + a thirty-fourth (three articles: Iran–Armenia rebuild the Agarak crossing and swap gas for electricity). */
export const THIRTY_FOURTH_STORE_PARTS = [
  ...THIRTY_THIRD_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "thirty-fourth-event"),
];
/** + a thirty-fifth (three articles: Israel–Cyprus share a desalination plant at Pervolia and a firefighting aircraft pool; Greece joins). */
export const THIRTY_FIFTH_STORE_PARTS = [
  ...THIRTY_FOURTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "thirty-fifth-event"),
];
/** + a thirty-sixth (three articles: Syria–Jordan Wahda Dam releases and the Nasib–Jaber freight depot; Iraq joins). */
export const THIRTY_SIXTH_STORE_PARTS = [
  ...THIRTY_FIFTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "thirty-sixth-event"),
];
/** + a thirty-seventh (three articles: Kenya–Tanzania upgrade the Namanga border post and monitor the wildebeest migration; Uganda joins). */
export const THIRTY_SEVENTH_STORE_PARTS = [
  ...THIRTY_SIXTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "thirty-seventh-event"),
];
/** + a thirty-eighth (three articles: Vietnam–Cambodia cap Mekong sand dredging and run the Vinh Xuong–Kaam Samnor ferry; Laos joins). */
export const THIRTY_EIGHTH_STORE_PARTS = [
  ...THIRTY_SEVENTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "thirty-eighth-event"),
];
/** + a thirty-ninth (two articles: Thailand–Myanmar build a malaria clinic network on the Moei and a customs yard by the Second Friendship Bridge). */
export const THIRTY_NINTH_STORE_PARTS = [
  ...THIRTY_EIGHTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "thirty-ninth-event"),
];
/** + a fortieth (three articles: Ghana–Togo build a sea barrier at Aflao and the Akosombo–Légbassito power line; Benin joins the power pool). */
export const FORTIETH_STORE_PARTS = [
  ...THIRTY_NINTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "fortieth-event"),
];
/** + a forty-first (three articles: El Salvador–Honduras run a La Unión–Amapala ferry and a joint mangrove patrol in the Gulf of Fonseca; Nicaragua joins). */
export const FORTY_FIRST_STORE_PARTS = [
  ...FORTIETH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "forty-first-event"),
];
/** + a forty-second (three articles: Bulgaria–Romania upgrade the Silistra–Călărași ferry and build a sturgeon hatchery at Aydemir; Serbia joins). */
export const FORTY_SECOND_STORE_PARTS = [
  ...FORTY_FIRST_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "forty-second-event"),
];
/** + a forty-third (three articles: Armenia–Georgia widen the Bagratashen–Sadakhlo crossing, build a small hydropower plant near Ayrum and warn of Debed floods; Iran joins the transit talks as an observer). */
export const FORTY_THIRD_STORE_PARTS = [
  ...FORTY_SECOND_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "forty-third-event"),
];
/** + a forty-fourth (three articles: Japan–South Korea run a Busan–Karatsu fast ferry and a Korea Strait marine debris programme; Indonesia invited). */
export const FORTY_FOURTH_STORE_PARTS = [
  ...FORTY_THIRD_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "forty-fourth-event"),
];
/** + a forty-fifth (three articles: Czechia–Slovakia build a Hodonín–Holíč road bridge over the Morava, flood polders and a river-gauge network; Austria joins the gauge network). */
export const FORTY_FIFTH_STORE_PARTS = [
  ...FORTY_FOURTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "forty-fifth-event"),
];
/** + a forty-sixth (three articles: Egypt–Sudan expand the Qustul–Ashkeet land port with a cold store and run a Lake Nasser–Nubia fisheries and locust warning programme; Chad invited). */
export const FORTY_SIXTH_STORE_PARTS = [
  ...FORTY_FIFTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "forty-sixth-event"),
];
/** + a forty-seventh (three articles: Hungary–Serbia reopen and electrify the Szeged–Subotica railway with a joint border station and run a Tisza sterlet restocking and spill-watch programme; Croatia joins the restocking). */
export const FORTY_SEVENTH_STORE_PARTS = [
  ...FORTY_SIXTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "forty-seventh-event"),
];
/** + a forty-eighth (three articles: India–Bhutan build a Tingtibi–Kokrajhar transmission line with a substation and run a Manas tiger and elephant corridor; Nepal joins as an observer). */
export const FORTY_EIGHTH_STORE_PARTS = [
  ...FORTY_SEVENTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "forty-eighth-event"),
];
/** + a forty-ninth (three articles: Thailand–Laos build a Bueng Kan–Paksan Mekong road bridge with a shared checkpoint and run a Mekong giant catfish tagging and breeding programme; Cambodia joins). */
export const FORTY_NINTH_STORE_PARTS = [
  ...FORTY_EIGHTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "forty-ninth-event"),
];
/** + a fiftieth (three articles: Costa Rica–Panama build a new Sixaola–Guabito bridge with a joint customs post and run a Caribbean sea turtle nesting patrol; Nicaragua joins). */
export const FIFTIETH_STORE_PARTS = [
  ...FORTY_NINTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "fiftieth-event"),
];
/** + a fifty-first (three articles: Vietnam–Indonesia trade talks in three rounds in Jakarta, Hanoi and Surabaya on rice quotas and coffee tariff cuts; palm oil excluded, the chief negotiator replaced, Malaysia asks to join). */
export const FIFTY_FIRST_STORE_PARTS = [
  ...FIFTIETH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "fifty-first-event"),
];
/** + a fifty-second (three articles: the Netherlands and Belgium host a donors' conference for Madagascar after a cyclone; a reconstruction agency, Italy cuts its pledge, Luxembourg joins, the port's completion moved). */
export const FIFTY_SECOND_STORE_PARTS = [
  ...FIFTY_FIRST_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "fifty-second-event"),
];
/** + a fifty-third (three articles: Belgium returns 83 of 84 objects of a made-up collection to Cameroon; a provenance commission, a throne held back then returned, the first batch in Dschang, the commission's chair replaced, the second batch and the opening moved). */
export const FIFTY_THIRD_STORE_PARTS = [
  ...FIFTY_SECOND_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "fifty-third-event"),
];
/** + a fifty-fourth (three articles: a South Korea–Mongolia seasonal-worker agreement; a yearly quota, a minimum wage, the first workers arrive, unpaid wages, the quota raised, the agency's head replaced, Kazakhstan asks for a similar scheme). */
export const FIFTY_FOURTH_STORE_PARTS = [
  ...FIFTY_THIRD_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "fifty-fourth-event"),
];
/** + a fifty-fifth (three articles: a made-up Bay of Bengal forum's Colombo communiqué negotiated clause by clause; a clause dropped, one reworded, a reservation, an implementation plan, the next summit's host, the secretariat head replaced). */
export const FIFTY_FIFTH_STORE_PARTS = [
  ...FIFTY_FOURTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "fifty-fifth-event"),
];
/** + a fifty-sixth (three articles: a made-up Kuwaiti fund reschedules Malawi's loans; a debt-for-nature swap, a cancellation refused, parliament's vote, the finance minister replaced, the United Arab Emirates joins with a smaller deal). */
export const FIFTY_SIXTH_STORE_PARTS = [
  ...FIFTY_FIFTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "fifty-sixth-event"),
];
/** + a fifty-seventh (three articles: a Georgia–Jordan visa-free regime; ratification by vote, entry into force moved, a direct flight, a working-holiday clause deferred, a category suspended after overstays, the negotiator replaced). */
export const FIFTY_SEVENTH_STORE_PARTS = [
  ...FIFTY_SIXTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "fifty-seventh-event"),
];
/** + a fifty-eighth (three articles: a made-up Lao–Cambodian boundary commission; kilometres and pillars, a disputed river stretch, the tri-point with Vietnam, the final protocol's signing moved, a co-chair replaced, arbitration refused). */
export const FIFTY_EIGHTH_STORE_PARTS = [
  ...FIFTY_SEVENTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "fifty-eighth-event"),
];
/** + a fifty-ninth (three articles: Poland and Kazakhstan close each other's consulates after a spying arrest; visa services moved, Swiss-hosted talks, the Almaty consulate reopens with its staff figure revised, the spokesperson replaced, a prisoner swap refused). */
export const FIFTY_NINTH_STORE_PARTS = [
  ...FIFTY_EIGHTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "fifty-ninth-event"),
];
/** + a sixtieth (three articles: a Saudi–Egyptian naval exercise in the Red Sea; ships, aircraft and personnel, observers, a drill moved by wind, a near-collision, next year's edition with Jordan, the director replaced, a joint command refused, the headcount revised). */
export const SIXTIETH_STORE_PARTS = [
  ...FIFTY_NINTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "sixtieth-event"),
];
/** + a sixty-first (three articles: Kenya and Tanzania agree a kingfish quota for the Pemba Channel through a made-up joint commission; the tonnage proposed, agreed and split, drift gillnets banned, a trawler seized, the quota cut after a survey, the chair replaced, Somalia's request refused). */
export const SIXTY_FIRST_STORE_PARTS = [
  ...SIXTIETH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "sixty-first-event"),
];
/** + a sixty-second (three articles: a made-up former Ghanaian president's state funeral; foreign delegations in Accra, a Sierra Leone–Guinea working group on a border village agreed on the sidelines, its first meeting moved, a co-chair replaced, a summit refused, the delegation count revised). */
export const SIXTY_SECOND_STORE_PARTS = [
  ...SIXTY_FIRST_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "sixty-second-event"),
];
/** + a sixty-third (three articles: Kazakhstan's made-up state gas company cuts pipeline gas to Kyrgyzstan over a claimed debt; arbitration in Vienna, an interim deal, Azerbaijan offers to mediate, the hearing moved, the chief executive replaced, a winter discount refused, the debt revised after an audit). */
export const SIXTY_THIRD_STORE_PARTS = [
  ...SIXTY_SECOND_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "sixty-third-event"),
];
/** + a sixty-fourth (three articles: a made-up Caribbean Rim Forum picks Panama City over Mérida and Port of Spain to host its summit in two rounds after a withdrawal; the summit dated and moved, the committee chair replaced, Mexico's co-host request refused, the budget revised). */
export const SIXTY_FOURTH_STORE_PARTS = [
  ...SIXTY_THIRD_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "sixty-fourth-event"),
];
/** + a sixty-fifth (three articles: Switzerland cancels 90 of 240 million francs of Tanzanian debt for payments into a made-up trust fund for the Mafia Island Marine Park; the second payment postponed, the chair replaced, a second park refused, the area revised after a survey). */
export const SIXTY_FIFTH_STORE_PARTS = [
  ...SIXTY_FOURTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "sixty-fifth-event"),
];
/** + a sixty-sixth (three articles: Japan and Thailand build a made-up earth-observation satellite to launch from Tanegashima; the launch postponed after a reaction-wheel fault, the project manager replaced, Laos refused the data, cost and mass revised). */
export const SIXTY_SIXTH_STORE_PARTS = [
  ...SIXTY_FIFTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "sixty-sixth-event"),
];
/** + a sixty-seventh (three articles: Nepal, India and a made-up development bank finance the Jhulaghat Dam on the Mahakali River; construction begins, completion moved from 2031 to 2033 after weak rock, the cost revised, the project director replaced, India's request to raise the dam refused). */
export const SIXTY_SEVENTH_STORE_PARTS = [
  ...SIXTY_SIXTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "sixty-seventh-event"),
];
/** + a sixty-eighth (three articles: Guatemala nominates a made-up Maya landscape for the World Heritage List and Honduras objects; referral recommended, expert talks in San Salvador, the decision deferred to 2027, the heritage agency's head replaced, the joint nomination refused, the area revised). */
export const SIXTY_EIGHTH_STORE_PARTS = [
  ...SIXTY_SEVENTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "sixty-eighth-event"),
];
/** + a sixty-ninth (three articles: a made-up six-country group lifts part of its sanctions on Venezuela for released prisoners; a trade mission to Maracaibo, the review moved to January 2027, the envoy replaced, an arms-embargo request refused, the assets to be released cut after an audit). */
export const SIXTY_NINTH_STORE_PARTS = [
  ...SIXTY_EIGHTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "sixty-ninth-event"),
];
/** + a seventieth (three articles: Tanzania raises the truck toll on the Dar es Salaam corridor, Malawi protests, truckers block the Songwe bridge; an interim deal in Mbeya, extended, the monitoring committee's chair replaced, a perishable-goods exemption refused, the daily truck count revised). */
export const SEVENTIETH_STORE_PARTS = [
  ...SIXTY_NINTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "seventieth-event"),
];
/** + a seventy-first (three articles: Honduras and Guatemala hold a joint naval exercise off Puerto Cortés, Mexico observing, Belize protesting; a live-fire drill, a rescue, a port-visit memorandum, the next exercise moved to 2028, the commander replaced, Nicaragua's request to observe refused, the ship count cut). */
export const SEVENTY_FIRST_STORE_PARTS = [
  ...SEVENTIETH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "seventy-first-event"),
];
/** + a seventy-second (three articles: a made-up Leiden museum returns objects looted from a Balinese palace in 1908 to Indonesia; the first batch handed over in Denpasar, the second moved to 2027, the director replaced, a kris refused, the count revised after an inventory). */
export const SEVENTY_SECOND_STORE_PARTS = [
  ...SEVENTY_FIRST_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "seventy-second-event"),
];
/** + a seventy-third (three articles: Kenya and Uruguay sign a free-trade agreement in Kisumu after five rounds; tariff lines, a beef quota, dairy excluded, a trade panel; Uruguay ratifies despite Brazil's protest, a services chapter refused, Kenya's vote moved to 2027, the chief negotiator replaced, a farmers' petition unanswered, the gain estimate cut). */
export const SEVENTY_THIRD_STORE_PARTS = [
  ...SEVENTY_SECOND_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "seventy-third-event"),
];
/** + a seventy-fourth (three articles: after fighting in Bissau, Cabo Verde, Ghana, India and Brazil evacuate their citizens by air and sea, Senegal lets evacuees transit; Ghana's chargé d'affaires replaced, relatives with other passports refused, Guinea protests, the last flight moved, the final tally revised, a workers' association unanswered). */
export const SEVENTY_FOURTH_STORE_PARTS = [
  ...SEVENTY_THIRD_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "seventy-fourth-event"),
];
/** + a seventy-fifth (two articles: Norway's ambassador to Kenya gives a long interview on trade, a solar park, climate finance, aid, a draft funding regulation, a detained engineer and a planned state visit; a month later the foreign ministry corrects her aid figure and confirms the visit's dates). */
export const SEVENTY_FIFTH_STORE_PARTS = [
  ...SEVENTY_FOURTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "seventy-fifth-event"),
];
/** + a seventy-sixth (two articles: a made-up Indian Ocean fisheries partnership's ministerial in Port Louis, seven ministers each saying something else, a declaration adopted with two abstentions, two side meetings; Madagascar later enters a reservation and the first blacklist is published). */
export const SEVENTY_SIXTH_STORE_PARTS = [
  ...SEVENTY_FIFTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "seventy-sixth-event"),
];
/** + a seventy-seventh (two articles: Senegal's president on a state visit to South Korea; a joint statement and eight agreements, each signed by a different pair of ministers, one left unsigned; four months later the visa agreement takes effect with a changed figure). */
export const SEVENTY_SEVENTH_STORE_PARTS = [
  ...SEVENTY_SIXTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "seventy-seventh-event"),
];
/** + a seventy-eighth (two articles: a made-up grain reserve organisation elects Ghana's candidate secretary-general in three rounds, one candidate withdrawing and endorsing her; her first day in office). */
export const SEVENTY_EIGHTH_STORE_PARTS = [
  ...SEVENTY_SEVENTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "seventy-eighth-event"),
];
/** The held-out articles' questions were written with these two articles added. */
export const HELDOUT_STORE_PARTS = [...STORE_PARTS, join(PROJECT_ROOT, "test", "fixtures", "heldout")];
/**
 * The held-out stories in the order they were written (the first three articles are
 * `HELDOUT_STORE_PARTS`): each story's questions were written with every earlier one in the store.
 */
export const HELDOUT_STORIES = [
  "heldout-2", // Croatia–Montenegro undersea cable
  "heldout-3", // Sri Lanka–Bangladesh shipping corridor
  "heldout-4", // a Caribbean early-warning council
  "heldout-5", // Uzbekistan–Finland prime ministers
  "heldout-6", // Portugal–Mozambique
  "heldout-7", // Gulf coral corridor talks in June, the accord in October (two articles)
  "heldout-8", // a Pacific atoll mobility compact: talks, second round, signing (three articles)
  "heldout-9", // Togo–Benin Mono river bridge: talks, then the deal (two articles)
  "heldout-10", // Uganda–Rwanda border outbreak surveillance: talks, then the pact (two articles)
  "heldout-11", // Laos–Cambodia wildlife task force (three articles)
  "heldout-12", // a shared Earth-observation satellite in southern Africa (three articles)
  "heldout-13", // a touring exhibition of Roman mosaics; Morocco joins, Lebanon withdraws (three articles)
  "heldout-14", // a Cyprus–Malta shared embassy in Bogotá; Iceland joins, then withdraws (three articles)
  "heldout-15", // a Belize–Guatemala border hospital accord; a refusal of fees reversed (two articles)
  "heldout-16", // Angola–DR Congo border demining; a refusal of mixed teams dropped (two articles)
  "heldout-17", // Suriname and France dredge the Maroni; a minister replaced, costs revised (two articles)
  "heldout-18", // a Brunei–Philippines ferry: first sailing late, a subsidy revised, a stake sold (two articles)
  "heldout-19", // Palau–Micronesia fisheries observers and a patrol boat; a minister replaced (three articles)
  "heldout-20", // the Nigeria–Niger Kano–Maradi railway; a minister replaced, its cost revised (two articles)
  "heldout-21", // Peru–Ecuador fisheries on the Napo river
  "heldout-22", // the Uruguay–Paraguay grain terminal at Fray Bentos
  "heldout-23", // the Vanuatu–Papua New Guinea tuna plant
  "heldout-24", // the Seychelles–São Tomé research vessel
  "heldout-25", // the Algeria–Mali solar wells
  "heldout-26", // the Nicaragua–Dominican Republic coffee-rust station
  "heldout-27", // the Moldova–Romania Leova bridge over the Prut
  "heldout-28", // the Turkmenistan–Uzbekistan Amu Darya water sharing
  "heldout-29", // Congo–Central African Republic barges on the Oubangui (two articles)
  "heldout-30", // the Kosovo–Montenegro border station at Kulla (two articles)
  "heldout-31", // the Namibia–Botswana water pipeline from the Kavango (two articles)
  "heldout-32", // the Estonia–Finland Tallinn–Helsinki tunnel study (two articles)
  "heldout-33", // San Marino–Italy mountain rescue and wildfire service on Monte Titano (two articles)
  "heldout-34", // the Türkiye–Georgia Trabzon–Batumi ferry and the Sarp one-stop customs point (three articles)
  "heldout-35", // the Pakistan–Tajikistan glacier station in the Pamirs (two articles)
  "heldout-36", // the Mongolia–Kazakhstan veterinary laboratory and vaccination corridor in the Altai (three articles)
  "heldout-37", // Senegal–The Gambia fisheries surveillance in the Saloum delta (three articles)
  "heldout-38", // the Malaysia–Indonesia peat-fire and haze watch in Borneo (three articles)
  "heldout-39", // the Liechtenstein–Switzerland Rhine flood warning and the Vaduz–Buchs weir (three articles)
  "heldout-40", // the Iraq–Jordan trucking corridor at Karameh and a Baghdad–Amman fibre link (three articles)
  "heldout-41", // Saint Vincent–Barbados volcano monitoring on La Soufrière and an evacuation ferry (three articles)
  "heldout-42", // the Andorra–Monaco cyber response centre in Fontvieille; Luxembourg joins (three articles)
  "heldout-43", // the Oman–Yemen Al Mahra power line and clinics through the Shahan crossing (three articles)
  "heldout-44", // the Cook Islands–New Zealand outer-island solar grid and a patrol vessel; Niue joins (three articles)
  "heldout-45", // the Ukraine–Poland freight terminal at Dorohusk and a grain laboratory in Chełm; Moldova joins (three articles)
  "heldout-46", // the United States–Canada Great Lakes icebreaker and a carp barrier on the St. Marys (three articles)
  "heldout-47", // the Greenland–Iceland rescue base at Kulusuk; the Faroe Islands join (three articles)
  "heldout-48", // the Belarus–Latvia water station on the Daugava and the Indra–Bigosovo rail crossing; Lithuania joins (three articles)
  "heldout-49", // the Holy See–Ethiopia restoration of Lake Tana manuscripts and a Gondar workshop (three articles)
  "heldout-50", // the Mongolia–North Korea vaccine line at Nalaikh and an Ulaanbaatar–Pyongyang charter (three articles)
  "heldout-51", // the Peru–Bolivia Titicaca water-quality programme and the Puno–Copacabana bus; Chile joins the lab network (three articles)
  "heldout-52", // the Norway–Sweden reindeer underpass under the E10 and an avalanche-warning service at Abisko (two articles)
  "heldout-53", // the Morocco–Mauritania cold store at Nouadhibou and a truck lane at Guerguerat; Senegal joins (three articles)
  "heldout-54", // the Spain–Portugal Guadiana road bridge and an Iberian lynx corridor; France joins the lynx network (three articles)
  "heldout-55", // the Zambia–Zimbabwe Kariba plunge-pool repair and a one-stop border post at Victoria Falls; Botswana joins (three articles)
  "heldout-56", // the Philippines–Indonesia Davao–General Santos–Bitung ferry and joint fisheries patrols in the Celebes Sea (two articles)
  "heldout-57", // the Argentina–Chile San Francisco Pass road tunnel and a glacier meltwater network; Bolivia joins (three articles)
  "heldout-58", // Kazakhstan–Kyrgyzstan Toktogul water for winter power, the Kemin–Shu line and the Kaindy–Merke crossing (three articles)
  "heldout-59", // the Ecuador–Colombia Rumichaca bridge and customs hall and a Pacific mangrove programme; Peru joins (three articles)
  "heldout-60", // the Sri Lanka–Maldives Matara–Laamu power and data cable and a coral-reef bleaching watch; Seychelles joins (three articles)
  "heldout-61", // the Rwanda–Burundi Akanyaru bridge and one-stop border post and Nyungwe–Kibira ranger patrols; DR Congo observes (three articles)
  "heldout-62", // the Lithuania–Poland Suwałki–Šeštokai rail electrification and a wolf and bison camera-trap programme; Latvia joins (three articles)
  "heldout-63", // the Malawi–Mozambique Likoma–Cóbuè lake ferry with a new jetty and a lakeshore cholera early-warning programme; Tanzania observes (three articles)
  "heldout-64", // the Slovenia–Croatia Kolpa–Kupa River Council: the Petrina–Brod na Kupi bridge with a flood gauge and bear and lynx collaring; Italy joins (three articles)
  "heldout-65", // the Fiji–Tonga refitted Suva–Nuku'alofa vessel with a reefer service and a cyclone-warning radio network; Vanuatu joins (three articles)
  "heldout-66", // the Namibia–Angola Kunene basin commission: a cross-border canal fed from a weir with a pumping station, and a foot-and-mouth vaccination and cattle-tagging programme; Zambia joins (three articles)
  "heldout-67", // the Uzbekistan–Tajikistan Zeravshan commission: the Sarazm small hydropower plant with a line to Urgut, and a glacier and snowmelt monitoring network; Afghanistan observes (three articles)
  "heldout-68", // the Guatemala–Belize Melchor de Mencos–Benque Viejo crossing with a customs building, and a Chiquibul–Maya Mountains ranger programme; Mexico joins (three articles)
  "heldout-69", // Estonia–Latvia, a diplomatic row: a trawler detained, an ambassador recalled, Finnish-mediated talks free the crew, a hotline and a working group; compensation refused (three articles)
  "heldout-70", // the Caspian Transit Council: a Baku summit elects a secretary general, a fee declaration with one reservation, a transit fund; Uzbekistan admitted as an observer (three articles)
  "heldout-71", // Qatar–Paraguay, a state visit: five memorandums, a business forum's deals, a farmland purchase refused; the solar park shelved, the first flights moved (three articles)
  "heldout-72", // Chile–New Zealand, a UN General Assembly vote on undersea data cables: counts, explanations of vote, an amendment rejected, an expert group whose report is delayed and chair replaced (three articles)
  "heldout-73", // Romania, Moldova and Ukraine: a Prut–lower Danube pilotage treaty ratified parliament by parliament, entry into force after the second, Ukraine delayed, the fee revised (three articles)
  "heldout-74", // Norway's Prime Minister tours Kenya, Tanzania and Rwanda: an energy agreement, a fisheries deal, the Kigali stop shortened; a project awarded, the development minister replaced (three articles)
  "heldout-75", // an election observation mission in Ecuador: a preliminary statement's counts, a runoff, Peru recalls its observers, the final report's recommendations, the head of mission replaced (three articles)
  "heldout-76", // Australia and New Zealand sanction a made-up fishing company: executives listed and one delisted by a court, an exemption, the sanctions renewed, the United Kingdom aligns (three articles)
  "heldout-77", // a Kyrgyzstan–Tajikistan prisoner exchange under Kazakh mediation: one detainee stays, a second phase delayed, the mediator replaced, a compensation demand refused (three articles)
  "heldout-78", // Paraguay asks Uruguay to extradite a former customs director: approved on two charges and refused on a third as political, asylum rejected, the handover put off by an appeal (three articles)
  "heldout-79", // Vietnam opens its first embassy in Lusaka: credentials, a rice and fertiliser memorandum, direct flights refused, the visa centre delayed, the ambassador replaced (three articles)
  "heldout-80", // a made-up regional peacekeeping mission in the Central African Republic's north-west: a patrol ambushed, a disarmament camp, the mandate extended with a smaller ceiling, the commander replaced (three articles)
  "heldout-81", // a hostage release: five aid workers held in Niger's Tillabéri region, Togo mediates; three freed to Lomé, the last two freed later than promised, the envoy replaced, a delisting request refused (three articles)
  "heldout-82", // a UN Security Council resolution on access to a made-up plateau claimed by Kenya and South Sudan: the vote postponed, adopted 13–0–2, an amendment rejected, a monitoring panel, its first report delayed, its chair replaced (three articles)
  "heldout-83", // a WTO dispute: Vietnam challenges Philippine duties on ceramic tiles; consultations, a panel with third parties, the report delayed and issued, an appeal "into the void", the trade secretary replaced (three articles)
  "heldout-84", // an arms-control inspection: Algeria and Morocco cap rocket launchers near their border; a Moroccan team inspects Algerian sites, one kept off-limits, the count disputed and revised, the next inspection moved, the team's head replaced (three articles)
  "heldout-85", // a refugee-return agreement: Tanzania, Burundi and a made-up refugee agency sign in Kigoma; a first-year target, the first convoy held at the border, returns paused, the target cut, the interior minister replaced (three articles)
  "heldout-86", // an air-services dispute: Bangladesh caps a made-up Malaysian carrier's weekly flights, Malaysia suspends a Bangladeshi carrier's slots; talks in Colombo fail, an interim deal restores flights later than announced, the negotiator replaced (three articles)
  "heldout-87", // an ambassador recalled: Albania recalls its envoy from Podgorica over a Montenegrin deputy prime minister's remarks; a protest note, a partial apology, a textbook working group, the return moved, the deputy prime minister replaced (three articles)
  "heldout-88", // a cyberattack attribution: Moldova ties an attack on its parliament and electoral commission to Russian military intelligence; nine Russians sanctioned, a joint investigation refused, the exposed records revised, the cyber chief replaced (three articles)
  "heldout-89", // diplomatic asylum: a made-up Nicaraguan opposition leader in Mexico's embassy in Managua; asylum granted, safe conduct refused, Colombian mediation in Bogotá, safe conduct granted, the departure later than announced (three articles)
  "heldout-90", // tit-for-tat expulsions: Mauritania expels four Senegalese diplomats, Senegal expels five Mauritanians, closes the consulate in Saint-Louis and caps the embassy in Dakar; the closure moved, the reopening refused, the count revised (three articles)
  "heldout-91", // a maritime rescue dispute: a made-up Norwegian-flagged tanker rescues 147 people south of Malta; Malta and Italy refuse a port, a landing at Pozzallo later than announced, compensation refused, the count revised to 151 (three articles)
  "heldout-92", // a vaccine donation: Denmark pledges 1.2 million cholera vaccine doses to Zambia through a made-up fund; the first shipment in Lusaka, the second six weeks late, an expiry extension refused, the doses revised after an audit (three articles)
  "heldout-93", // a prisoner exchange: Kuwait and Iraq agree in Muscat, with Oman mediating, to swap 40 prisoners; 39 cross at Abdali–Safwan, the second round moved, a negotiator replaced, a journalist's inclusion refused, the count revised (three articles)
  "heldout-94", // a border demarcation: Bolivia and Paraguay mark 214 km of Chaco border with 380 pillars; the first section marked, a village left aside, the deadline moved to 2029, a co-chair replaced, a redrawing refused, the length revised (three articles)
  "heldout-95", // an election: a made-up Indian Ocean fisheries body elects its secretary general 12–9 after a withdrawal; his start moved, the deputy replaced, Kenya's recount refused, the budget cut (three articles)
  "heldout-96", // an embassy reopening: Algeria and Morocco restore relations in Doha with Qatar mediating; Algeria's embassy in Rabat reopens, Morocco's in Algiers slips to November, an ambassador-designate replaced, requisitioned property refused, a visa count corrected (three articles)
  "heldout-97", // a maritime boundary ruling: a made-up tribunal in The Hague draws the Namibia–South Africa sea boundary 4 to 1; the joint commission meets late, South Africa's agent replaced, a reinterpretation refused, the areas revised (three articles)
  "heldout-98", // visa-ban retaliation: Estonia bans twelve Georgian officials over a jailed activist, Georgia bans nineteen Estonians; talks in Baku moved, the spokesperson replaced, an exemption refused, the first list corrected to ten (three articles)
  "heldout-99", // a peacekeeping mandate renewal: a made-up regional council renews a stabilisation mission in Mozambique for six months, 11–0–4, the troop ceiling cut; Botswana withdraws early, the force commander replaced, a border-patrol request refused, the death count revised (three articles)
  "heldout-100", // an extradition request: Kazakhstan asks Montenegro to extradite a made-up fund founder; approved on two charges and refused on two, bail, an appeal hearing moved, the prosecutor general replaced, a yacht seizure refused, the fraud revised (three articles)
  "heldout-101", // climate-finance pledges: seven governments pledge to a made-up adaptation fund in Mombasa; first grants paid, the second half delayed, the director replaced, a pledge cut, the total revised, the islands' request refused (three articles)
  "heldout-102", // a summit communiqué fight: eight of nine members of a made-up Two Seas Forum adopt a communiqué in Aktau; Georgia walks out, Turkmenistan enters a reservation, Russia protests; a fund cut, the ministerial moved, Moldova's bid refused, the secretary general replaced (three articles)
  "heldout-103", // a consular case: a made-up Danish journalist arrested in Kyrgyzstan; consular access refused then granted, the trial moved, a sentence and fine, a prisoner transfer refused, the sentence cut on appeal, a pardon later than promised (three articles)
  "heldout-104", // a border closure: Zambia closes its crossings with Tanzania over cholera; trucks stranded, Malawi offers a corridor, a phased reopening, students' exemption refused, the second phase moved, a co-chair replaced, the truck count revised (three articles)
  "heldout-105", // a readout of one meeting: Vietnam's Prime Minister receives the Director-General of a made-up Asia-Pacific rice research council in Hanoi; topics, thanks, an invitation accepted, an earlier visit, her former post (one article)
  "heldout-106", // a foreign minister's tour: Indonesia's foreign minister in Lima, Santiago, Buenos Aires and Montevideo in seven days, a different host and outcome at each stop, Asunción dropped from the plan (two articles)
  "heldout-107", // a rotating chair handed over: Slovenia hands a made-up Danube council's chair to Montenegro in Ljubljana, a new secretary-general succeeds one who served two terms; past chairs, terms, the next summit (two articles)
  "heldout-108", // a spokesperson's weekly briefing: Pakistan's Foreign Office spokesperson answers on seven unrelated topics (condolences, detained fishermen, a visa waiver, a dam dispute referred to another official, a summit date, an observer mission, one question declined); the fishermen home a week later (two articles)
  "heldout-109", // one phone call, two readouts that do not match: Italy's and Tunisia's foreign ministers; each side stresses other topics, tone and figures, and the next day Tunisia denies a promise Italy's readout reported (three articles)
  "heldout-110", // a credentials ceremony: Namibia's President receives five new ambassadors, one non-resident, one succeeding a retired predecessor; one ambassador's first meeting with the foreign minister two weeks later (two articles)
] as const;
export type HeldoutStory = (typeof HELDOUT_STORIES)[number];

/** The store a held-out story's questions are asked against: it and every story written before it. */
export function heldoutStoreParts(story: HeldoutStory): string[] {
  const written = HELDOUT_STORIES.slice(0, HELDOUT_STORIES.indexOf(story) + 1);
  return [...HELDOUT_STORE_PARTS, ...written.map((folder) => join(PROJECT_ROOT, "test", "fixtures", folder))];
}

export function loadEvalEngine(parts: readonly string[] = STORE_PARTS): Engine {
  const dir = mkdtempSync(join(tmpdir(), "attache-eval-"));
  try {
    parts.filter(existsSync).forEach((part, i) => {
      cpSync(part, join(dir, `part-${i}`), {
        recursive: true,
        filter: (source) => !source.endsWith(".jsonl") && !source.endsWith(".md"),
      });
    });
    const loaded = Engine.fromDirectory(dir);
    if (!loaded.ok) {
      throw new Error(loaded.problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join("\n"));
    }
    return loaded.engine;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A question set that cannot be read: `npm run eval` says where in one line, not with a stack. */
export class QuestionSetError extends Error {}

export function readCases(file: string): EvalCase[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .flatMap((line, i) => {
      if (!line.trim()) return [];
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new QuestionSetError(`${file}:${i + 1}: not a JSON object`);
      }
      const parsed = EvalCase.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const at = issue?.path.length ? ` (at ${issue.path.join(".")})` : "";
        throw new QuestionSetError(`${file}:${i + 1}: ${issue?.message}${at}`);
      }
      return [parsed.data];
    });
}

const QUESTIONS = join(PROJECT_ROOT, "eval", "questions");
const HELDOUT = join(PROJECT_ROOT, "test", "fixtures", "heldout");

/**
 * A held-out story's question sets: `questions.test.jsonl`, and for two stories also everyday
 * wordings (`questions.phrasing.test.jsonl`) or conversations (`questions.dialogues.test.jsonl`)
 * across every held-out story written by then.
 */
function heldoutQuestionSets(story: HeldoutStory): string[] {
  const folder = join(PROJECT_ROOT, "test", "fixtures", story);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => /^questions(\.[a-z]+)?\.test\.jsonl$/.test(file))
    .sort((a, b) => a.length - b.length || a.localeCompare(b))
    .map((file) => join(folder, file));
}

/** dev and test from eval/questions; the held-out articles' questions count as test. */
export function loadSplits(): Split[] {
  const heldout = existsSync(HELDOUT)
    ? readdirSync(HELDOUT)
        .filter((f) => f.endsWith(".jsonl"))
        .flatMap((f) => readCases(join(HELDOUT, f)))
    : [];
  return [
    {
      name: "dev",
      groups: [
        { store: STORE_PARTS, cases: readCases(join(QUESTIONS, "dev.jsonl")) },
        { store: FOURTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-fourth.jsonl")) },
        { store: FOURTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-more.jsonl")) },
        { store: FOURTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-dialogues.jsonl")) },
        { store: FIFTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-fifth.jsonl")) },
        { store: SIXTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-sixth.jsonl")) },
        { store: SEVENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-seventh.jsonl")) },
        // Everyday wordings, follow-ups and near misses across all seven articles, written blind.
        { store: SEVENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-phrasing.jsonl")) },
        { store: EIGHTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-eighth.jsonl")) },
        { store: NINTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-ninth.jsonl")) },
        // A second set of everyday wordings and conversations across all nine dev articles, written blind.
        { store: NINTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-phrasing-2.jsonl")) },
        { store: TENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-tenth.jsonl")) },
        { store: ELEVENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-eleventh.jsonl")) },
        // Conversations of two to five turns across the dev stories, written blind.
        { store: ELEVENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-dialogues-2.jsonl")) },
        { store: TWELFTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-twelfth.jsonl")) },
        // Conversations on the three stories told over several articles, written blind.
        { store: TWELFTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-dialogues-3.jsonl")) },
        { store: THIRTEENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-thirteenth.jsonl")) },
        { store: FOURTEENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-fourteenth.jsonl")) },
        { store: FIFTEENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-fifteenth.jsonl")) },
        { store: SIXTEENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-sixteenth.jsonl")) },
        { store: SEVENTEENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-seventeenth.jsonl")) },
        { store: EIGHTEENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-eighteenth.jsonl")) },
        { store: NINETEENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-nineteenth.jsonl")) },
        { store: TWENTIETH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-twentieth.jsonl")) },
        { store: TWENTY_FIRST_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-twenty-first.jsonl")) },
        { store: TWENTY_SECOND_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-twenty-second.jsonl")) },
        { store: TWENTY_THIRD_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-twenty-third.jsonl")) },
        { store: TWENTY_FOURTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-twenty-fourth.jsonl")) },
        { store: TWENTY_FIFTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-twenty-fifth.jsonl")) },
        { store: TWENTY_SIXTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-twenty-sixth.jsonl")) },
        { store: TWENTY_SEVENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-twenty-seventh.jsonl")) },
        { store: TWENTY_EIGHTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-twenty-eighth.jsonl")) },
        { store: TWENTY_NINTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-twenty-ninth.jsonl")) },
        { store: THIRTIETH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-thirtieth.jsonl")) },
        { store: THIRTY_FIRST_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-thirty-first.jsonl")) },
        { store: THIRTY_SECOND_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-thirty-second.jsonl")) },
        { store: THIRTY_THIRD_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-thirty-third.jsonl")) },
        { store: THIRTY_FOURTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-thirty-fourth.jsonl")) },
        { store: THIRTY_FIFTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-thirty-fifth.jsonl")) },
        { store: THIRTY_SIXTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-thirty-sixth.jsonl")) },
        { store: THIRTY_SEVENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-thirty-seventh.jsonl")) },
        { store: THIRTY_EIGHTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-thirty-eighth.jsonl")) },
        { store: THIRTY_NINTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-thirty-ninth.jsonl")) },
        { store: FORTIETH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-fortieth.jsonl")) },
        { store: FORTY_FIRST_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-forty-first.jsonl")) },
        { store: FORTY_SECOND_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-forty-second.jsonl")) },
        { store: FORTY_THIRD_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-forty-third.jsonl")) },
        { store: FORTY_FOURTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-forty-fourth.jsonl")) },
        { store: FORTY_FIFTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-forty-fifth.jsonl")) },
        { store: FORTY_SIXTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-forty-sixth.jsonl")) },
        { store: FORTY_SEVENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-forty-seventh.jsonl")) },
        { store: FORTY_EIGHTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-forty-eighth.jsonl")) },
        { store: FORTY_NINTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-forty-ninth.jsonl")) },
        { store: FIFTIETH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-fiftieth.jsonl")) },
        { store: FIFTY_FIRST_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-fifty-first.jsonl")) },
        { store: FIFTY_SECOND_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-fifty-second.jsonl")) },
        { store: FIFTY_THIRD_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-fifty-third.jsonl")) },
        { store: FIFTY_FOURTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-fifty-fourth.jsonl")) },
        { store: FIFTY_FIFTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-fifty-fifth.jsonl")) },
        { store: FIFTY_SIXTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-fifty-sixth.jsonl")) },
        { store: FIFTY_SEVENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-fifty-seventh.jsonl")) },
        { store: FIFTY_EIGHTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-fifty-eighth.jsonl")) },
        { store: FIFTY_NINTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-fifty-ninth.jsonl")) },
        { store: SIXTIETH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-sixtieth.jsonl")) },
        { store: SIXTY_FIRST_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-sixty-first.jsonl")) },
        { store: SIXTY_SECOND_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-sixty-second.jsonl")) },
        { store: SIXTY_THIRD_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-sixty-third.jsonl")) },
        { store: SIXTY_FOURTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-sixty-fourth.jsonl")) },
        { store: SIXTY_FIFTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-sixty-fifth.jsonl")) },
        { store: SIXTY_SIXTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-sixty-sixth.jsonl")) },
        { store: SIXTY_SEVENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-sixty-seventh.jsonl")) },
        { store: SIXTY_EIGHTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-sixty-eighth.jsonl")) },
        { store: SIXTY_NINTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-sixty-ninth.jsonl")) },
        { store: SEVENTIETH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-seventieth.jsonl")) },
        { store: SEVENTY_FIRST_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-seventy-first.jsonl")) },
        { store: SEVENTY_SECOND_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-seventy-second.jsonl")) },
        { store: SEVENTY_THIRD_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-seventy-third.jsonl")) },
        { store: SEVENTY_FOURTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-seventy-fourth.jsonl")) },
        { store: SEVENTY_FIFTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-seventy-fifth.jsonl")) },
        { store: SEVENTY_SIXTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-seventy-sixth.jsonl")) },
        {
          store: SEVENTY_SEVENTH_STORE_PARTS,
          cases: readCases(join(QUESTIONS, "dev-seventy-seventh.jsonl")),
        },
        { store: SEVENTY_EIGHTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-seventy-eighth.jsonl")) },
      ],
    },
    {
      name: "test",
      groups: [
        { store: STORE_PARTS, cases: readCases(join(QUESTIONS, "test.jsonl")) },
        { store: HELDOUT_STORE_PARTS, cases: heldout },
        ...HELDOUT_STORIES.flatMap((story) =>
          heldoutQuestionSets(story).map((file) => ({
            store: heldoutStoreParts(story),
            cases: readCases(file),
          })),
        ),
      ],
    },
  ];
}

export interface Outcome {
  case: EvalCase;
  result: AnswerResult;
  right: boolean;
  /** The evidence weighed for the answer (the question's last one), if it was a fact's. */
  judgement?: Judgement;
}

const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'");

/** Whether the result is right for the case: the grader's rule (shared/eval/grade.mjs). */
export function isRight(c: EvalCase, result: AnswerResult): boolean {
  if (c.refuse) return !result.answered;
  // A false premise refused is honest, but no correction: the summary counts it apart.
  if (c.refuse_ok && !result.answered) return true;
  const answer = norm(result.answer);
  return result.answered && (c.expect ?? []).every((group) => group.some((s) => answer.includes(norm(s))));
}

const engines = new Map<readonly string[], Engine>();

/**
 * Lets the engines loaded so far go: a split's stores are never another's, and a hundred engines
 * of one split, each with the caches its questions filled, are as much as one process should hold
 * (`npm run eval` ran out of its 4 GB heap on test's precision/recall curve with dev's still held).
 */
export function forgetEngines(): void {
  engines.clear();
}

/** Every question of a split, each against its own store (loaded once per store). */
export function runSplit(split: Split, shift?: number): Outcome[] {
  return split.groups.flatMap((group) => {
    let engine = engines.get(group.store);
    if (!engine) {
      engine = loadEvalEngine(group.store);
      engines.set(group.store, engine);
    }
    return run(engine, group.cases, shift);
  });
}

/** `shift` moves the answer thresholds (the precision/recall curve); none is the engine as used. */
export function run(engine: Engine, cases: readonly EvalCase[], shift?: number): Outcome[] {
  const options = shift === undefined ? {} : { shift };
  return cases.map((c) => {
    let previous: DialogueTurn | undefined;
    for (const earlier of c.after ?? []) {
      const earlierResult = engine.answer(earlier, undefined, {
        ...options,
        ...(previous ? { previous } : {}),
      });
      previous = turnToKeep(earlierResult, previous);
    }
    let judgement: Judgement | undefined;
    const observe = (seen: Judgement) => {
      judgement = seen;
    };
    const result = engine.answer(c.q, undefined, { ...options, observe, ...(previous ? { previous } : {}) });
    return { case: c, result, right: isRight(c, result), ...(judgement ? { judgement } : {}) };
  });
}

export interface Summary {
  n: number;
  right: number;
  answerable: number;
  answered: number;
  answeredRight: number;
  /** Answered, and not right: answered a question to refuse, or gave a wrong answer. */
  wrong: number;
  refused: number;
  /** Questions to refuse that were refused. */
  honestRefusals: number;
  toRefuse: number;
  /** False premises that may be refused (`refuse_ok`): answered with the correction… */
  corrected: number;
  /** …or refused: right, but a correction missed. */
  refusedPremises: number;
  premises: number;
}

export function summarize(outcomes: readonly Outcome[]): Summary {
  const s: Summary = {
    n: 0,
    right: 0,
    answerable: 0,
    answered: 0,
    answeredRight: 0,
    wrong: 0,
    refused: 0,
    honestRefusals: 0,
    toRefuse: 0,
    corrected: 0,
    refusedPremises: 0,
    premises: 0,
  };
  for (const o of outcomes) {
    s.n++;
    if (o.right) s.right++;
    if (o.case.refuse) s.toRefuse++;
    else s.answerable++;
    if (o.case.refuse_ok) {
      s.premises++;
      if (!o.result.answered) s.refusedPremises++;
      else if (o.right) s.corrected++;
    }
    if (o.result.answered) {
      s.answered++;
      if (o.right) s.answeredRight++;
      else s.wrong++;
    } else {
      s.refused++;
      if (o.case.refuse) s.honestRefusals++;
    }
  }
  return s;
}

export const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
