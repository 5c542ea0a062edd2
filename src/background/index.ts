// Service worker. Issue 3/4 route the typed protocol through here.
export {};
