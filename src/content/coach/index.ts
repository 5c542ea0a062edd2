// The coach's entry: a classic script the service worker injects into the content script's world on demand
// (src/content/coach-loader.ts asks). It takes the tracker the content script left, reads the settings and starts.
import { loadSettings, onSettingsChanged } from '../../shared/settings-store.js';
import { takeHandoff } from '../coach-handoff.js';
import { isStopped, onStop, report, stop } from '../contain.js';
import { Coach } from './coach.js';

async function start(): Promise<void> {
  const handoff = takeHandoff();
  // Injected twice, or into a page whose content script is gone: nothing to coach.
  if (!handoff) return;
  // This bundle has its own copy of contain.ts: stopping either stops both.
  handoff.onStop(stop);
  onStop(handoff.stop);
  const settings = await loadSettings();
  if (isStopped()) return;
  const coach = new Coach(document, handoff.tracker, settings);
  onSettingsChanged((next) => coach.updateSettings(next));
  handoff.ready(coach);
}

start().catch((error: unknown) => report(error, 'coach'));
