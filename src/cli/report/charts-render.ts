// Vega-Lite spec -> static SVG, at report time, with vega's headless renderer: the page carries pictures, not code.
// The loader refuses every load, so a chart can never fetch (or read) anything; all data is inline.
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { escapeHtml, type SafeHtml, trustedSvg } from './html-template.js';

/**
 * A vega loader whose every way to reach a file or the network throws, and which keeps what it refused: vega only
 * warns about a failed load and draws the chart empty, and an empty chart must not pass for a real one.
 */
function refusingLoader(): { loader: ReturnType<typeof vega.loader>; refused: string[] } {
  const refused: string[] = [];
  const refuse = (what: string): never => {
    refused.push(what);
    throw new Error(`report charts load nothing (refused: ${what})`);
  };
  const loader = vega.loader();
  loader.load = async (uri: string) => refuse(uri);
  loader.sanitize = async (uri: string) => refuse(uri);
  loader.http = async (uri: string) => refuse(uri);
  loader.file = async (path: string) => refuse(path);
  return { loader, refused };
}

/**
 * A logger that keeps vega's errors (a refused load is one: vega logs it and draws the chart empty) so the chart can
 * fail instead of going into the page blank; warnings and the rest are not the page's business.
 */
function errorKeepingLogger(): { logger: vega.LoggerInterface; errors: string[] } {
  const errors: string[] = [];
  const logger = vega.logger(vega.Error);
  logger.error = (...args: readonly unknown[]) => {
    errors.push(args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' '));
    return logger;
  };
  return { logger, errors };
}

/**
 * Vega-Lite to Vega, keeping Vega-Lite's warnings (a spec it had to bend) for the tests rather than printing them on
 * the user's terminal: the specs are ours, so a warning is a bug to fix here, not something a team lead can act on.
 */
export function compileChart(spec: TopLevelSpec): { vegaSpec: vega.Spec; warnings: string[] } {
  const warnings: string[] = [];
  const logger = vega.logger(vega.Warn);
  logger.warn = (...args: readonly unknown[]) => {
    warnings.push(args.map(String).join(' '));
    return logger;
  };
  return { vegaSpec: compile(spec, { logger }).spec, warnings };
}

/** The SVG of one chart, as an image with a name: role="img", aria-label and a <title> with the same summary. */
export async function renderChartSvg(spec: TopLevelSpec, summary: string): Promise<SafeHtml> {
  const { logger, errors } = errorKeepingLogger();
  const { loader, refused } = refusingLoader();
  const view = new vega.View(vega.parse(compileChart(spec).vegaSpec), { renderer: 'none', loader, logger });
  try {
    const svg = await view.toSVG();
    if (refused.length) throw new Error(`a report chart asked to load ${refused.join(', ')}: charts load nothing`);
    if (errors.length) throw new Error(`a report chart failed: ${errors.join('; ')}`);
    const name = escapeHtml(summary);
    // The chart is one image to assistive technology: vega's own roles and labels on its groups (left on some parts
    // even with aria off) would make unnamed graphics inside it. Vega escapes attribute values, so none holds a '"'.
    const flat = svg.replace(/ (role|aria-roledescription|aria-label|aria-hidden)="[^"]*"/g, '');
    // vega writes `<svg xmlns=... class="marks" width=... height=... viewBox=...>`: name it, and put the title first.
    const named = flat.replace(/^<svg\b([^>]*)>/, `<svg$1 role="img" aria-label="${name}"><title>${name}</title>`);
    return trustedSvg(named);
  } finally {
    view.finalize();
  }
}
