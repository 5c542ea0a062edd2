/** See screenshot-fonts.mjs. */
export const STABLE_RENDERING_ARGS: readonly string[];
export function bundledFontEnvironment(): { env: Record<string, string | undefined>; cleanUp: () => void };
