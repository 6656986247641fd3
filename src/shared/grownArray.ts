/** The typed arrays the build grows as it fills them. */
type GrowableArray = Uint8Array | Uint32Array | Int32Array | Float64Array;

/**
 * A typed array of `a`'s kind, twice as long or `atLeast` long if that is more, with `a`'s
 * values first (the rest zero): growing by doubling keeps a build's appends linear.
 */
export function grown<A extends GrowableArray>(a: A, atLeast = 0): A {
  const out = new (a.constructor as new (n: number) => A)(Math.max(atLeast, 2 * a.length));
  out.set(a);
  return out;
}
