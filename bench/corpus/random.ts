import type { Random } from '../../src/shared/seededRandom.js';

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}
