/**
 * Two amounts a little apart: "my buyer sent 10,000 and only 9,975 arrived", 一万蚊得返9980,
 * "8,400 ... only 8,370 hit my account". Exporters rarely name the topic (intermediary bank
 * charges) and word the rest every way, but the figures say it: what arrived is what was
 * sent less a bank charge or two, 10–50 USD, so at most a few percent of the amount.
 */
const MAX_SHARE = 0.05;
/** Below this, two figures are more often counts, days or times than payments. */
const MIN_AMOUNT = 100;

export function isShortfall(values: readonly number[]): boolean {
  const amounts = [...new Set(values.filter((v) => v >= MIN_AMOUNT))].sort((a, b) => b - a);
  for (let i = 0; i + 1 < amounts.length; i++) {
    const [sent, arrived] = [amounts[i]!, amounts[i + 1]!];
    if ((sent - arrived) / sent <= MAX_SHARE && !(isYear(sent) && isYear(arrived))) return true;
  }
  return false;
}

/** 2025 and 2026 are a few percent apart too (2,000 sent and 1,975 arrived are not years: 1975 is out of range). */
function isYear(v: number): boolean {
  return Number.isInteger(v) && v >= 1990 && v <= 2100;
}
