// seedrandom's Tyche-i generator, imported directly so the browser bundle skips
// seedrandom's optional Node crypto entropy code (the game never auto-seeds).
declare module 'seedrandom/lib/tychei.js' {
  interface Prng {
    (): number;
    int32(): number;
    double(): number;
    quick(): number;
  }
  const tychei: (seed: string | number) => Prng;
  export default tychei;
}
