declare module 'seedrandom/lib/alea.js' {
  /** seedrandom's Alea generator: a uniform [0,1) function seeded by a string. */
  const alea: (seed: string) => () => number;
  export default alea;
}
