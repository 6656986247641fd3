/**
 * The provider's own name as customers and agents say it (the sample content's WhaleSail,
 * 鲸帆), a regular expression source for lower-case, normalised text: "us" in a query that
 * compares us with another company (elsewhere.ts), and the subject of an agent's decline
 * (我们鲸帆不做证券账户, "WhaleSail does not provide loans": agentDeclined.ts).
 */
export const OUR_NAME = String.raw`鲸帆|whale ?sail`;
