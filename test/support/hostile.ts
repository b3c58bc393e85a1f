// Hostile values fast-check cannot generate (it inspects what it generates), shared by the
// totality tests of every package.

const trap = (): never => {
  throw new Error('trap');
};

/** A Proxy on which every operation throws: reading, listing, testing and its prototype. */
export function throwingProxy(): object {
  return new Proxy(
    {},
    {
      get: trap,
      has: trap,
      ownKeys: trap,
      getPrototypeOf: trap,
      getOwnPropertyDescriptor: trap,
    },
  );
}
