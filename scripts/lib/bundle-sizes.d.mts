/** See bundle-sizes.mjs. */
export interface Size {
  raw: number;
  gz: number;
}
export interface FileSize extends Size {
  file: string;
}
export interface Entry extends Size {
  name: string;
  kind: 'content' | 'background' | 'page';
  files: FileSize[];
  matches?: string[];
  world?: 'MAIN' | 'ISOLATED';
}
export interface Build {
  manifest: { content_scripts?: Array<{ matches?: string[]; js?: string[]; world?: string }>; [key: string]: unknown };
  entries: Entry[];
  onDemand: Size & { files: FileSize[] };
}
export interface PageLoad extends Size {
  url: string;
  scripts: string[];
  files: FileSize[];
}
export const PAGE_LOAD_BUDGET_GZ: number;
export const PAGE_LOAD_TARGET_GZ: number;
export function fileSize(bytes: Uint8Array): Size;
export function readBuild(dir: string): Build;
export function patternMatches(pattern: string, url: URL): boolean;
export function samplePageFor(pattern: string): URL;
export function pageLoad(build: Build, url: URL): PageLoad;
export function helpdeskPageLoads(build: Build): Array<PageLoad & { pattern: string }>;
export function kB(bytes: number): string;
