/** A long made-up article (our own sentences, varied by number) that takes the real coder seconds to code. */
const SENTENCES = [
  "The Norland army shelled rebel positions near the harbour of Portville on Monday, residents said.",
  "Envoys from Egypt met the Southern Front in Cairo and urged both sides to respect the truce.",
  "The rebels accused the government of breaking the ceasefire agreed last week.",
  "Aid convoy number {n} waited at a checkpoint while officials in the capital discussed a prisoner exchange.",
  "The foreign minister said his country would send observers to monitor the agreement in district {n}.",
];

export function longArticle(sentences: number): string {
  return Array.from({ length: sentences }, (_, i) => SENTENCES[i % SENTENCES.length]!.replace("{n}", String(i))).join(" ");
}
