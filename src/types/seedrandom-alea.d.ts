// seedrandom's Alea generator, imported directly so the browser bundle skips
// seedrandom's optional Node crypto entropy code (the game never auto-seeds).
declare module 'seedrandom/lib/alea.js' {
  interface AleaPrng {
    (): number;
    int32(): number;
    double(): number;
    quick(): number;
  }
  const alea: (seed: string) => AleaPrng;
  export default alea;
}
