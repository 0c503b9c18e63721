/**
 * Packs every page gets (packSet.ts): English is the web's lingua franca, and the check worker warms it ahead of the
 * first check. Their phrases are compiled for every page, so nothing of them is guarded, and their words tell no
 * other pack's language (buildPackGuards.ts).
 */
export const ALWAYS_PACKS: readonly string[] = ['en'];
