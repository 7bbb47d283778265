/**
 * What a moderator types into /source add's form: an article pasted whole (an “@everyone” in it,
 * as copied from a chat), with its outlet, date, link and title.
 */
export const PASTED_ARTICLE = {
  text:
    "BAKU, 2 May. President of Azerbaijan Ilham Aliyev received the Secretary General of CICA, " +
    "Kairat Sarybay, in Baku on Thursday. Kazakhstan and Azerbaijan signed a memorandum on digital " +
    "cooperation in Astana. @everyone The ministers agreed to meet again in June.",
  outlet: "Trend News Agency",
  date: "2024-05-02",
  link: "https://example.org/news/1",
  title: "Aliyev receives CICA Secretary General",
};
