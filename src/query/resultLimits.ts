/**
 * How many articles one answer may hold, the one rule for every caller: `kb search` and
 * `kb assist --limit`, `GET …/suggest?limit=`, `POST /api/assist {limit}`, and the OpenAPI
 * document that describes them. Past 20 an agent on a call reads nothing more; evaluation
 * (10 deep) stays within it.
 */
export const RESULT_LIMITS = {
  min: 1,
  max: 20,
  /** Default of search and suggestions (as-you-type lists). */
  search: 8,
  /** Default of agent assist for a transcript. */
  assist: 5,
} as const;
