// The badge beside the composer and the panel it opens, drawn from one snapshot. Typing that changes nothing the
// panel shows renders nothing (Preact would diff the same tree again).
import { h, type VNode } from 'preact';
import type { Finding } from '../../engine/types.js';
import type { PageState } from '../../shared/protocol.js';
import { BadgeHost } from '../ui/host.js';
import { Panel } from '../ui/panel.js';

interface BadgeActions {
  onInsert: (phraseId: string) => void;
  onReplace: (finding: Finding, replacement: string) => void;
}

export class BadgeView {
  private readonly host: BadgeHost;
  /** What the badge and panel last rendered, so an unchanged result re-renders nothing. */
  private rendered: string | null = null;

  constructor(
    doc: Document,
    private readonly actions: BadgeActions,
  ) {
    this.host = new BadgeHost(doc);
  }

  show(state: Readonly<PageState>, notice: string | null, composer: Element | null): void {
    if (state.status !== 'ready' || !composer) {
      this.host.hide();
      return;
    }
    // The panel shows neither the draft's length nor where it is.
    const view = JSON.stringify([{ ...state, draftLength: 0, composerKey: null }, notice]);
    if (view !== this.rendered) {
      this.rendered = view;
      this.host.render(h(Panel, { state: state as PageState, notice, ...this.actions }) as VNode);
    } else this.host.ensureAttached();
    this.place(composer);
  }

  place(composer: Element | null): void {
    if (composer?.isConnected) this.host.placeBeside(composer);
  }

  ensureAttached(): void {
    this.host.ensureAttached();
  }

  destroy(): void {
    this.host.destroy();
  }
}
