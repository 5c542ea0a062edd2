/** See chromium.mjs. */
export const CHROMIUM_PATH: string;
export const CHROMIUM_ARGS: readonly string[];
export function extensionArgs(dir: string): string[];
